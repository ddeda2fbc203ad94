package press.masthead.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import press.masthead.output.CachedResponse;
import press.masthead.output.RenderedPage;

/**
 * Writes bytes with validators (ETag, Last-Modified, 304 for a client that has them, gzip when it asks) and
 * permanent redirects.
 */
public final class Responses {
    /** Browsers and proxies may keep a page but must ask whether it changed before showing it again. */
    public static final String PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private Responses() {
    }

    /** A page that is not cached (a 404, an error page): sent with the default page policy. */
    public static void send(Context ctx, RenderedPage page) {
        send(ctx, page, PAGE_CACHE_CONTROL);
    }

    /** A page with its own caching rule, such as one that only the reader's browser may keep. */
    public static void send(Context ctx, RenderedPage page, String cacheControl) {
        send(ctx, page.status(), page.body(), page.format().mediaType(), page.etag(), page.lastModified(),
                cacheControl);
    }

    public static void send(Context ctx, int status, byte[] body, String mediaType, String etag, Instant lastModified,
                            String cacheControl) {
        send(ctx, CachedResponse.of(status, body, mediaType, etag, lastModified, cacheControl, List.of()));
    }

    /** A permanent redirect to another path on this site, keeping the query string. */
    public static void redirect(Context ctx, String path) {
        String query = ctx.queryString();
        movedPermanently(ctx, query == null || query.isEmpty() ? path : path + "?" + query);
    }

    /** A permanent redirect to exactly {@code location}. */
    public static void movedPermanently(Context ctx, String location) {
        ctx.header("Location", location);
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.status(301);
    }

    static void send(Context ctx, CachedResponse response) {
        Answer answer = Answer.to(response, ctx.header("If-None-Match"), ctx.header("If-Modified-Since"),
                ctx.header("Accept-Encoding"));
        for (Map.Entry<String, String> header : answer.headers()) {
            ctx.header(header.getKey(), header.getValue());
        }
        ctx.status(answer.status());
        ctx.result(answer.body());
    }
}
