package press.masthead.content;

/** Turns an article's or page's source text into safe HTML once, when it is saved. */
public interface BodyRenderer {
    RenderedBody render(String source);

    /**
     * The result of rendering a body.
     *
     * @param html      sanitized HTML, safe to place in a page as it is
     * @param plainText the text alone, for excerpts, search and word counts
     */
    record RenderedBody(String html, String plainText) {
    }
}
