package press.masthead.web;

import press.masthead.output.RenderedPage;

/** The pages shown when a request finds nothing or fails; the site draws them with its theme. */
public interface ErrorPages {
    RenderedPage notFound(String path);

    RenderedPage serverError();
}
