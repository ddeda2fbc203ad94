package press.masthead.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Gzip for response bodies. */
public final class Gzip {
    /** Below this a gzip stream costs more than it saves. */
    public static final int THRESHOLD = 1024;

    private Gzip() {
    }

    public static boolean worthIt(byte[] body, String mediaType) {
        return body.length >= THRESHOLD && (mediaType.startsWith("text/") || mediaType.contains("xml")
                || mediaType.contains("json") || mediaType.startsWith("application/javascript")
                || mediaType.startsWith("image/svg"));
    }

    /** Compresses at the best ratio: a body is compressed once and then sent many times from the cache. */
    public static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (BestGzip gzip = new BestGzip(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
