package press.masthead.output;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A response ready to be sent again and again: the body and its gzip copy, a strong validator for each, the
 * modification time, and the headers that go with it.
 */
public record CachedResponse(int status, String mediaType, byte[] body, byte[] gzipBody, String etag, String gzipEtag,
                             Instant lastModified, String cacheControl, List<Map.Entry<String, String>> headers) {

    public CachedResponse {
        headers = List.copyOf(headers);
    }

    /** The response for some bytes; the gzip copy is made when compressing pays. */
    public static CachedResponse of(int status, byte[] body, String mediaType, String etag, Instant lastModified,
                                    String cacheControl, List<Map.Entry<String, String>> headers) {
        byte[] gzip = Gzip.worthIt(body, mediaType) ? Gzip.compress(body) : null;
        // A compressed body is a different representation, so it gets its own strong validator.
        String gzipEtag = gzip == null ? null : etag.substring(0, etag.length() - 1) + "-gz\"";
        return new CachedResponse(status, mediaType, body, gzip, etag, gzipEtag, lastModified, cacheControl, headers);
    }

    public static CachedResponse of(RenderedPage page, String cacheControl, List<Map.Entry<String, String>> headers) {
        return of(page.status(), page.body(), page.format().mediaType(), page.etag(), page.lastModified(), cacheControl,
                headers);
    }

    long size() {
        return body.length + (gzipBody == null ? 0L : gzipBody.length) + 512L;
    }
}
