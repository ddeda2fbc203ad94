package press.masthead.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import press.masthead.output.CachedResponse;
import press.masthead.output.RenderedPage;

/**
 * Writes bytes with validators (ETag, Last-Modified, 304 for a client that has them, gzip when it asks), streams
 * files with the same validators, and writes permanent redirects.
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

    /** Opens the body of a streamed file. */
    @FunctionalInterface
    public interface BodySource {
        InputStream open() throws IOException;
    }

    /**
     * A file sent as it is read, never whole in memory, with its length and validators. A client that has this
     * version gets a 304 and a HEAD request the headers alone: neither opens the body.
     *
     * @throws IOException when the body cannot be opened
     */
    public static void stream(Context ctx, String mediaType, long size, String etag, Instant lastModified,
                              String cacheControl, BodySource body) throws IOException {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", Answer.httpDate(lastModified));
        if (Answer.notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), lastModified, etag)) {
            ctx.status(304);
            return;
        }
        ctx.status(200);
        ctx.header("Content-Type", mediaType);
        ctx.header("Content-Length", Long.toString(size));
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(body.open());
        }
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
