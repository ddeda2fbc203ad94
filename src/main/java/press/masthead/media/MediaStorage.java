package press.masthead.media;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where media files are kept: bytes by key ({@link MediaKeys}), with their size and modification time. Everything
 * that reads or writes a media file goes through here: uploads, the {@code /media/} routes, image sizes, feeds, the
 * static export, backup and restore, the WordPress importer and the demo. It asks for nothing an object store lacks
 * (no local paths, no folders, no renames), so one can take the place of {@link FolderMediaStorage}.
 */
public interface MediaStorage {
    /** The file at a key; empty when there is none, or when the key is not valid (a reader's URL can be anything). */
    Optional<StoredMedia> find(String key);

    /**
     * Stores the {@code size} bytes of {@code content} at a key, replacing what is there. A reader finds the old file
     * or the whole new one, never a part; a stream that ends early or runs long leaves the key as it was.
     *
     * @param content read to its end; the caller closes it
     * @throws InvalidMediaKeyException for a key that is not valid; nothing is stored then
     * @throws java.io.UncheckedIOException when the bytes cannot be read or kept
     */
    void store(String key, InputStream content, long size);

    /**
     * Claims a key for a new file, so that two uploads of one name, even on two nodes, never get the same key: an
     * empty file appears at the key ({@link #store} then fills it), unless something is already there. An object
     * store does this with a conditional put.
     *
     * @return false when the key is taken
     * @throws InvalidMediaKeyException for a key that is not valid
     */
    boolean reserve(String key);

    /**
     * Removes the file at a key, if there is one.
     *
     * @throws InvalidMediaKeyException for a key that is not valid
     */
    void delete(String key);

    /** Every stored file, ordered by key, without files still being written. */
    List<StoredMedia> list();
}
