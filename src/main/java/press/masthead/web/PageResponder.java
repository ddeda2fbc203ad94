package press.masthead.web;

import io.javalin.http.Context;
import java.util.List;
import press.masthead.output.CachedResponse;
import press.masthead.output.PageCache;
import press.masthead.output.RenderedPage;

/**
 * Sends public pages (site pages, feeds, sitemaps) and keeps each successful one in the page cache, so the next
 * request for it is answered by {@link PageCacheHandler} before any route runs.
 */
public final class PageResponder {
    static final String GENERATION = "masthead.cache-generation";

    private final PageCache cache;
    private final String cacheControl;

    /** @param cacheControl the Cache-Control of public pages (a setting, so a CDN in front can keep them) */
    public PageResponder(PageCache cache, String cacheControl) {
        this.cache = cache;
        this.cacheControl = cacheControl;
    }

    public void send(Context ctx, RenderedPage page) {
        CachedResponse response = CachedResponse.of(page, cacheControl, List.of());
        Long generation = ctx.attribute(GENERATION);
        String query = ctx.queryString();
        if (page.status() == 200 && generation != null && (query == null || query.isEmpty())) {
            cache.put(PageCacheHandler.keyOf(ctx.req().getRequestURI()), generation, response);
        }
        Responses.send(ctx, response);
    }
}
