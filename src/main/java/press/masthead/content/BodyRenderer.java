package press.masthead.content;

/**
 * Turns an article's or page's source text into HTML once, when it is saved: sanitized, unless the saver's role may
 * keep raw HTML.
 */
public interface BodyRenderer {
    RenderedBody render(String source, HtmlTrust trust);

    default RenderedBody render(String source) {
        return render(source, HtmlTrust.SANITIZED);
    }

    /**
     * The result of rendering a body.
     *
     * @param html      HTML to place in a page as it is: sanitized unless rendered with {@link HtmlTrust#RAW}
     * @param plainText the text alone, for excerpts, search and word counts
     */
    record RenderedBody(String html, String plainText) {
    }
}
