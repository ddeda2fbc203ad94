package press.masthead.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;
import press.masthead.output.RenderedPage;

/** Writes bytes with validators: ETag, Last-Modified, 304 for a client that has them, gzip when it asks. */
public final class Responses {
    /** Below this a gzip stream costs more than it saves. */
    private static final int GZIP_THRESHOLD = 1024;
    static final String PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private Responses() {
    }

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
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        if (lastModified != null) {
            ctx.header("Last-Modified", httpDate(lastModified));
        }
        boolean gzip = body.length >= GZIP_THRESHOLD && accepts(ctx.header("Accept-Encoding"), "gzip")
                && compressible(mediaType);
        // A compressed body is a different representation, so it gets its own strong validator.
        String tag = gzip ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
        ctx.header("ETag", tag);
        if (status == 200 && notModified(ctx, tag, etag, lastModified)) {
            ctx.status(304);
            return;
        }
        ctx.status(status);
        ctx.contentType(mediaType);
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip(body));
        } else {
            ctx.result(body);
        }
    }

    private static boolean notModified(Context ctx, String sentTag, String plainTag, Instant lastModified) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(sentTag) || tag.equals(plainTag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince, Instant::from);
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equalsIgnoreCase(coding)) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean compressible(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.contains("xml") || mediaType.contains("json")
                || mediaType.startsWith("application/javascript") || mediaType.startsWith("image/svg");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
