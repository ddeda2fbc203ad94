package press.masthead.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A quotation keeps its attribution: a blockquote whose last paragraph starts with an em dash, a horizontal bar or
 * "--" becomes {@code <figure class="quote"><blockquote>…</blockquote><figcaption>Name, role</figcaption></figure>}.
 * The dash itself is dropped from the caption; a theme draws it with {@code figure.quote figcaption::before}, so that
 * the three ways of typing it look alike and the plain text carries no stray punctuation.
 */
final class Quotations {
    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:[\u2014\u2015]|-{2,})\\s*\\S");
    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*(?:[\u2014\u2015]|-{2,})\\s*");

    private Quotations() {
    }

    static void attribute(Element body) {
        for (Element quote : body.select("blockquote")) {
            Element attribution = attributionOf(quote);
            if (attribution != null) {
                caption(quote, attribution);
            }
        }
    }

    /** The last paragraph when it is an attribution and something else is left to quote; otherwise null. */
    private static Element attributionOf(Element quote) {
        List<Node> content = quote.childNodes().stream().filter(Quotations::isContent).toList();
        if (content.size() < 2 || !(content.get(content.size() - 1) instanceof Element last)) {
            return null;
        }
        return last.nameIs("p") && ATTRIBUTION.matcher(last.text()).find() ? last : null;
    }

    /** Comments and the whitespace between tags are no part of a quotation. */
    private static boolean isContent(Node node) {
        return node instanceof Element || node instanceof TextNode text && !text.isBlank();
    }

    private static void caption(Element quote, Element attribution) {
        quote.wrap("<figure class=\"quote\"></figure>");
        Element caption = quote.parent().appendElement("figcaption");
        caption.appendChildren(new ArrayList<>(attribution.childNodes()));
        attribution.remove();
        caption.nodeStream(TextNode.class)
                .filter(text -> !text.isBlank())
                .findFirst()
                .ifPresent(text -> text.text(LEADING_DASH.matcher(text.getWholeText()).replaceFirst("")));
    }
}
