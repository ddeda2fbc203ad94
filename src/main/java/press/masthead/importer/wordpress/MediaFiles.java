package press.masthead.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import press.masthead.media.MediaKeys;
import press.masthead.media.MediaStorage;
import press.masthead.media.StoredMedia;

/**
 * Brings the old site's uploads along: an upload URL whose file is in the {@code --media} folder (a copy of
 * {@code wp-content/uploads}) is copied into the media storage under {@code wordpress/} and answers with its new
 * URL. Files are copied once per import, and not at all when the storage already has the same bytes; a dry run only
 * looks.
 */
final class MediaFiles {
    static final String FOLDER = "wordpress";

    private final OldSite site;
    private final Path uploads;
    private final MediaStorage storage;
    private final boolean copy;
    private final Set<String> copied = new HashSet<>();

    /**
     * @param uploads the {@code --media} folder, or null when none was given
     */
    MediaFiles(OldSite site, Path uploads, MediaStorage storage, boolean copy) {
        this.site = site;
        this.uploads = uploads == null ? null : uploads.toAbsolutePath().normalize();
        this.storage = storage;
        this.copy = copy;
    }

    boolean hasUploadsFolder() {
        return uploads != null;
    }

    boolean isUpload(String url) {
        return site.uploadPath(url).isPresent();
    }

    /** The key of the upload's copy in the media storage ({@code wordpress/2013/03/photo.jpg}) if its file is there. */
    Optional<String> storedPath(String url) {
        if (uploads == null) {
            return Optional.empty();
        }
        Optional<String> relative = site.uploadPath(url);
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        Path file = uploads.resolve(relative.get()).normalize();
        if (!file.startsWith(uploads) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String target = FOLDER + "/" + relative.get();
        if (!MediaKeys.isValid(target)) {
            // A hidden file (WordPress never names an upload so): no key can hold it, so it stays where it was.
            return Optional.empty();
        }
        if (copy && copied.add(target) && !alreadyThere(target, file)) {
            try (InputStream in = Files.newInputStream(file)) {
                storage.store(target, in, Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not copy " + file + " into the media storage: " + e.getMessage(),
                        e);
            }
        }
        return Optional.of(target);
    }

    /** The URL readers should use for an upload: our copy when there is one. */
    Optional<String> localUrl(String url) {
        return storedPath(url).map(MediaKeys::urlOf);
    }

    private boolean alreadyThere(String target, Path source) {
        Optional<StoredMedia> existing = storage.find(target);
        try {
            if (existing.isEmpty() || existing.get().size() != Files.size(source)) {
                return false;
            }
            try (InputStream stored = existing.get().open(); InputStream copy = Files.newInputStream(source)) {
                return sameBytes(stored, copy);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameBytes(InputStream a, InputStream b) throws IOException {
        byte[] fromA = new byte[64 * 1024];
        byte[] fromB = new byte[fromA.length];
        while (true) {
            int n = a.readNBytes(fromA, 0, fromA.length);
            if (n != b.readNBytes(fromB, 0, fromB.length)
                    || !Arrays.equals(fromA, 0, n, fromB, 0, n)) {
                return false;
            }
            if (n < fromA.length) {
                return true;
            }
        }
    }
}
