package press.masthead.output;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One rendered URL: status, bytes, format, a strong ETag over the bytes and the time its content last changed.
 * The HTTP response, the cache and the static export all carry this same value.
 */
public record RenderedPage(int status, byte[] body, OutputFormat format, String etag, Instant lastModified) {

    public static RenderedPage of(int status, String text, OutputFormat format, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, body, format, ContentHash.etag(body), lastModified);
    }
}
