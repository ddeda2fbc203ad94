package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** One stored media file as its storage describes it; its bytes are read only when it is opened. */
public interface StoredMedia {
    String key();

    /** The length in bytes. */
    long size();

    /** When the file was last stored, which with its size tells one version from another. */
    Instant lastModified();

    /**
     * The bytes from the first; the caller closes the stream.
     *
     * @throws IOException when they cannot be read, as when the file was deleted since it was found
     */
    InputStream open() throws IOException;
}
