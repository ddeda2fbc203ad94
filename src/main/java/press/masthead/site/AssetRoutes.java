package press.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.Optional;
import press.masthead.output.ContentHash;
import press.masthead.theme.Theme;
import press.masthead.web.ErrorPages;
import press.masthead.web.Responses;
import press.masthead.web.Routes;
import press.masthead.web.StaticFiles;

/** Serves the theme's assets (stylesheets, scripts, icons) at {@code /assets/}, the site's theme over the default. */
public final class AssetRoutes implements Routes {
    private static final String CACHE_CONTROL = "public, max-age=3600";

    private final Theme theme;
    private final ErrorPages errorPages;
    private final Instant startedAt;

    public AssetRoutes(Theme theme, ErrorPages errorPages, Instant startedAt) {
        this.theme = theme;
        this.errorPages = errorPages;
        this.startedAt = startedAt;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler serve = this::serve;
        routes.get("/assets/<path>", serve);
        routes.head("/assets/<path>", serve);
    }

    private void serve(Context ctx) {
        String path = ctx.pathParam("path");
        Optional<byte[]> asset = theme.asset(path);
        if (asset.isEmpty()) {
            Responses.send(ctx, errorPages.notFound(ctx.req().getRequestURI()));
            return;
        }
        byte[] bytes = asset.get();
        Responses.send(ctx, 200, bytes, StaticFiles.mediaTypeOf(path), ContentHash.etag(bytes),
                startedAt, CACHE_CONTROL);
    }
}
