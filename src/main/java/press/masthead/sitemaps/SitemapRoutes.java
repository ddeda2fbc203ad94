package press.masthead.sitemaps;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import press.masthead.site.Permalinks;
import press.masthead.web.ErrorPages;
import press.masthead.web.PageResponder;
import press.masthead.web.Responses;
import press.masthead.web.Routes;

/**
 * Serves robots.txt and the sitemaps with validators for conditional GET. Registered before the site's catch-all
 * route, which would otherwise answer these paths with a 404.
 */
public final class SitemapRoutes implements Routes {
    private final SitemapRenderer renderer;
    private final ErrorPages errorPages;
    private final PageResponder responder;

    public SitemapRoutes(SitemapRenderer renderer, ErrorPages errorPages, PageResponder responder) {
        this.renderer = renderer;
        this.errorPages = errorPages;
        this.responder = responder;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler serve = this::serve;
        // The renderer decides which child sitemaps exist; this pattern only claims their shape.
        for (String path : new String[] {Permalinks.robotsTxt(), Permalinks.sitemapIndex(), "/sitemap-{name}.xml"}) {
            routes.get(path, serve);
            routes.head(path, serve);
        }
    }

    private void serve(Context ctx) {
        String path = ctx.path();
        renderer.render(path).ifPresentOrElse(page -> responder.send(ctx, page),
                () -> Responses.send(ctx, errorPages.notFound(path)));
    }
}
