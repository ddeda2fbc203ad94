package press.masthead.importer.wordpress;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * An article's or page's HTML as WordPress should get it: addresses on this site made absolute (WordPress fetches
 * and rewrites attachments by their full URL), text that looks like a media shortcode escaped so it stays text, and
 * the whole wrapped in one Custom HTML block, so that WordPress shows the HTML as it is instead of adding its
 * automatic paragraphs and line breaks again.
 */
final class ExportedBody {
    private static final Pattern SHORTCODE_TEXT =
            Pattern.compile("\\[((?:wp_)?caption|gallery|embed|audio|video)\\b([^\\]]*)]");

    private ExportedBody() {
    }

    static String of(String html, UnaryOperator<String> absolute) {
        if (html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        for (String[] urlAttribute : new String[][] {{"a[href]", "href"}, {"img[src]", "src"}, {"audio[src]", "src"},
                {"video[src]", "src"}, {"video[poster]", "poster"}}) {
            for (Element element : body.select(urlAttribute[0])) {
                String url = element.attr(urlAttribute[1]);
                if (url.startsWith("/") && !url.startsWith("//")) {
                    element.attr(urlAttribute[1], absolute.apply(url));
                }
            }
        }
        body.select("*").forEach(element -> element.textNodes().forEach(ExportedBody::escapeShortcodes));
        return "<!-- wp:html -->\n" + body.html().strip() + "\n<!-- /wp:html -->";
    }

    /** {@code [[gallery]]} is WordPress's way of writing a shortcode's name as text. */
    private static void escapeShortcodes(TextNode text) {
        String whole = text.getWholeText();
        if (whole.indexOf('[') >= 0) {
            text.text(SHORTCODE_TEXT.matcher(whole).replaceAll("[[$1$2]]"));
        }
    }
}
