package press.masthead.markup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.masthead.content.BodyRenderer;
import press.masthead.content.HtmlTrust;

/**
 * Renders Markdown bodies in four stages: Markdown to HTML, shaping (heading ids, figures, attributed quotes, lazy
 * images), sanitizing, and plain text. Sanitizing comes after shaping so that what we add is held to the same policy
 * as what authors write; a body saved with {@link HtmlTrust#RAW} (by an editor or admin) skips it and keeps its
 * HTML as written. One instance serves every thread.
 */
public final class MarkdownBodyRenderer implements BodyRenderer {
    private static final RenderedBody EMPTY = new RenderedBody("", "");

    private final Markdown markdown = new Markdown();

    @Override
    public RenderedBody render(String source, HtmlTrust trust) {
        if (source == null || source.isBlank()) {
            return EMPTY;
        }
        String html = markdown.toHtml(source);
        String shaped = shape(html);
        String finished = trust == HtmlTrust.RAW ? shaped : BodyPolicy.sanitize(shaped);
        return new RenderedBody(finished, plainText(finished));
    }

    private static String shape(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        // Pretty printing would add whitespace that changes text inside pre and inline elements.
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        HeadingIds.assign(body);
        Images.frameLoneImages(body);
        Images.loadLazily(body);
        Quotations.attribute(body);
        return body.html();
    }

    /** jsoup's text puts a space between block elements, so paragraphs and cells do not run together. */
    private static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
