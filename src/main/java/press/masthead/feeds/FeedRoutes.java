package press.masthead.feeds;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.function.Supplier;
import press.masthead.site.FeedRef;
import press.masthead.site.Permalinks;
import press.masthead.site.Rendition;
import press.masthead.web.ErrorPages;
import press.masthead.web.RequestPaths;
import press.masthead.web.PageResponder;
import press.masthead.web.Responses;
import press.masthead.web.Routes;

/**
 * Serves the feeds at {@code feed/}, {@code feed/atom/} and {@code feed/json/} below the home page and every tag,
 * category and author archive. Register these before the site's catch-all routes: Javalin answers with the first
 * route that matches.
 */
public final class FeedRoutes implements Routes {
    /** Where feeds live; {@code <list>} spans the slashes of a nested category path. */
    private static final List<String> PATHS = List.of(
            "/feed/", "/feed/{format}/",
            "/tag/{slug}/feed/", "/tag/{slug}/feed/{format}/",
            "/author/{slug}/feed/", "/author/{slug}/feed/{format}/",
            "/category/<list>/feed/", "/category/<list>/feed/{format}/");

    private final FeedRenderer renderer;
    private final Supplier<Permalinks> permalinks;
    private final ErrorPages errorPages;
    private final PageResponder responder;

    public FeedRoutes(FeedRenderer renderer, Supplier<Permalinks> permalinks, ErrorPages errorPages,
                      PageResponder responder) {
        this.renderer = renderer;
        this.permalinks = permalinks;
        this.errorPages = errorPages;
        this.responder = responder;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler serve = this::serve;
        for (String path : PATHS) {
            routes.get(path, serve);
            routes.head(path, serve);
        }
    }

    private void serve(Context ctx) {
        String rawPath = ctx.req().getRequestURI();
        List<String> segments = RequestPaths.segments(rawPath);
        Rendition rendition = permalinks.get().resolveFeed(segments)
                .map(renderer::render)
                .orElseGet(Rendition.Missing::new);
        if (rendition instanceof Rendition.Rendered rendered) {
            if (RequestPaths.segments(rendered.canonicalPath()).equals(segments)) {
                responder.send(ctx, rendered.page());
            } else {
                Responses.redirect(ctx, rendered.canonicalPath());
            }
        } else {
            Responses.send(ctx, errorPages.notFound(rawPath));
        }
    }
}
