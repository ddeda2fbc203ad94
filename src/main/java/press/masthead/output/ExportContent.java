package press.masthead.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Supplier;

/** What one file of the static export holds: bytes rendered when the export gets to it, or a stored file. */
public sealed interface ExportContent {

    /** The whole content; for a stored file, only where it is known to be small. */
    byte[] bytes();

    /** A page, feed, sitemap or asset, rendered to bytes when the export gets to it. */
    record Rendered(Supplier<byte[]> render) implements ExportContent {
        @Override
        public byte[] bytes() {
            return render.get();
        }
    }

    /**
     * A stored file (a media file, which can be a video of gigabytes), copied as a stream so that it is never held
     * in memory whole. Its size and time of storing tell whether an earlier export already wrote this version.
     */
    record Stored(String name, long size, Instant lastModified, Opener opener) implements ExportContent {
        @Override
        public byte[] bytes() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        public InputStream open() {
            try {
                return opener.open();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        private UncheckedIOException unreadable(IOException e) {
            return new UncheckedIOException("Could not read the stored file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Opens a stored file from its first byte; the caller closes the stream. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
