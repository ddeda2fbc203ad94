package press.masthead.site;

import press.masthead.output.RenderedPage;

/** What rendering a {@link PageRef} came to. */
public sealed interface Rendition {
    /** The page, and the path it really lives at: a request for another spelling of it is redirected there. */
    record Rendered(RenderedPage page, String canonicalPath) implements Rendition {
    }

    /** No such content: the next candidate, a stored redirect or the 404 page answers instead. */
    record Missing() implements Rendition {
    }
}
