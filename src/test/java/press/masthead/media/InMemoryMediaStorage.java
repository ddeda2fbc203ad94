package press.masthead.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A media storage as an object store would be one: bytes under keys, written whole, with no files, folders or renames.
 * It proves that {@link MediaStorage} asks for nothing more, and counts how often a file is opened, so that tests can
 * tell a response that read the bytes from one that did not.
 */
public final class InMemoryMediaStorage implements MediaStorage {
    private final Map<String, Stored> objects = new ConcurrentSkipListMap<>();
    private final AtomicInteger opened = new AtomicInteger();

    @Override
    public Optional<StoredMedia> find(String key) {
        return MediaKeys.isValid(key) ? Optional.ofNullable(objects.get(key)) : Optional.empty();
    }

    @Override
    public void store(String key, InputStream content, long size) {
        MediaKeys.requireValid(key);
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the media file " + key + ": " + e.getMessage(), e);
        }
        if (bytes.length != size) {
            throw new UncheckedIOException(new IOException("Could not store the media file " + key + ": expected "
                    + size + " bytes but " + bytes.length + " came"));
        }
        objects.put(key, new Stored(key, bytes));
    }

    @Override
    public boolean reserve(String key) {
        MediaKeys.requireValid(key);
        return objects.putIfAbsent(key, new Stored(key, new byte[0])) == null;
    }

    @Override
    public void delete(String key) {
        MediaKeys.requireValid(key);
        objects.remove(key);
    }

    @Override
    public List<StoredMedia> list() {
        return List.copyOf(objects.values());
    }

    /** How many times a stored file was opened for reading. */
    public int timesOpened() {
        return opened.get();
    }

    private final class Stored implements StoredMedia {
        private final String key;
        private final byte[] bytes;
        private final Instant lastModified = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        private Stored(String key, byte[] bytes) {
            this.key = key;
            this.bytes = bytes;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public Instant lastModified() {
            return lastModified;
        }

        @Override
        public InputStream open() {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }
    }
}
