package press.masthead.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import press.masthead.content.RedirectStore;
import press.masthead.web.PageResponder;
import press.masthead.web.RequestPaths;
import press.masthead.web.Responses;
import press.masthead.web.Routes;

/**
 * Serves every public path: resolve it with {@link Permalinks}, render the first candidate that exists, redirect
 * other spellings of it to its one canonical path, and answer the themed 404 when nothing is there. A WordPress
 * style search, {@code /?s=words}, moves to the search page.
 */
public final class SiteRoutes implements Routes {
    private final SiteRenderer renderer;
    private final RedirectStore redirects;
    private final PageResponder responder;

    public SiteRoutes(SiteRenderer renderer, RedirectStore redirects, PageResponder responder) {
        this.renderer = renderer;
        this.redirects = redirects;
        this.responder = responder;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler serve = this::serve;
        routes.get("/", serve);
        routes.head("/", serve);
        routes.get("/<path>", serve);
        routes.head("/<path>", serve);
    }

    private void serve(Context ctx) {
        String rawPath = ctx.req().getRequestURI();
        List<String> segments = RequestPaths.segments(rawPath);
        String wordPressSearch = ctx.queryParam("s");
        if (segments.isEmpty() && wordPressSearch != null) {
            Responses.movedPermanently(ctx, renderer.permalinks().search(SearchParameters.of(wordPressSearch)));
            return;
        }
        if (movedByQuery(ctx, segments)) {
            return;
        }
        if (!rawPath.endsWith("/")) {
            String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
            if (last.contains(".")) {
                Optional<String> moved = redirects.targetOf(Permalinks.pathOf(segments, false));
                if (moved.isPresent()) {
                    Responses.redirect(ctx, moved.get());
                } else {
                    notFound(ctx, rawPath);
                }
            } else {
                Responses.redirect(ctx, rawPath + "/");
            }
            return;
        }
        Optional<Rendition.Rendered> found = renderer.render(segments);
        if (found.isPresent()) {
            Rendition.Rendered rendered = found.get();
            if (RequestPaths.segments(rendered.canonicalPath()).equals(segments)) {
                responder.send(ctx, rendered.page());
            } else {
                Responses.redirect(ctx, rendered.canonicalPath());
            }
            return;
        }
        Optional<String> moved = redirects.targetOf(Permalinks.pathOf(segments, true)).or(() -> movedList(segments));
        if (moved.isPresent()) {
            Responses.redirect(ctx, moved.get());
        } else {
            notFound(ctx, rawPath);
        }
    }

    /**
     * A later page of a list that moved, such as {@code /tag/old/page/2/} after the tag was renamed: the same page of
     * the list where it lives now. Only the list's own path is stored, not one redirect per page.
     */
    private Optional<String> movedList(List<String> segments) {
        int n = segments.size();
        if (n < 3 || !"page".equals(segments.get(n - 2))) {
            return Optional.empty();
        }
        return redirects.targetOf(Permalinks.pathOf(segments.subList(0, n - 2), true))
                .filter(target -> target.endsWith("/"))
                .map(target -> target + "page/" + segments.get(n - 1) + "/");
    }

    /** An old address of the form {@code /?p=123} (WordPress's): its redirect is stored under path and query. */
    private boolean movedByQuery(Context ctx, List<String> segments) {
        String query = ctx.queryString();
        boolean home = segments.isEmpty() || segments.equals(List.of("index.php"));
        if (query == null || query.isEmpty() || !home) {
            return false;
        }
        Optional<String> moved = redirects.targetOf("/?" + query);
        moved.ifPresent(location -> Responses.movedPermanently(ctx, location));
        return moved.isPresent();
    }

    private void notFound(Context ctx, String rawPath) {
        Responses.send(ctx, renderer.notFound(rawPath));
    }
}
