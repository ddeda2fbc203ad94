package press.masthead.media;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Some bytes as a stream that runs {@code atEnd} the first time its reader finds the end: the moment a reader has
 * every byte and has not yet done anything with them, where a test can look at what the reader keeps meanwhile.
 */
final class EndWatchingStream extends InputStream {
    private final ByteArrayInputStream bytes;
    private Runnable atEnd;

    EndWatchingStream(byte[] bytes, Runnable atEnd) {
        this.bytes = new ByteArrayInputStream(bytes);
        this.atEnd = atEnd;
    }

    @Override
    public int read() {
        return ended(bytes.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return ended(bytes.read(buffer, offset, length));
    }

    private int ended(int read) {
        if (read < 0 && atEnd != null) {
            Runnable once = atEnd;
            atEnd = null;
            once.run();
        }
        return read;
    }
}
