package press.masthead.importer.wordpress;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes converted content as an article body source. Bodies are Markdown, which passes HTML blocks through
 * untouched as long as each starts a line with a block tag and none has a blank line inside: so each top-level
 * block gets its own line, blank lines go, and the line breaks of preformatted text are written as {@code &#10;}.
 * Nothing of the HTML is then read as Markdown (no stray emphasis, no indented code).
 */
final class HtmlSource {
    /** A private-use character standing in for a preformatted line break until the HTML is written. */
    private static final String PRE_BREAK = "\uE000";

    private HtmlSource() {
    }

    static String of(Element body) {
        for (Element inPre : body.select("pre, pre *")) {
            for (TextNode text : inPre.textNodes()) {
                text.text(text.getWholeText().replace("\n", PRE_BREAK));
            }
        }
        StringBuilder source = new StringBuilder();
        for (Node child : body.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            source.append(child.outerHtml()).append('\n');
        }
        return source.toString().replace(PRE_BREAK, "&#10;").replaceAll("\n[ \\t\\u00a0]*(?=\n)", "").strip();
    }
}
