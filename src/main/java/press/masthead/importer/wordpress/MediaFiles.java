package press.masthead.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import press.masthead.media.MediaLibrary;

/**
 * Brings the old site's uploads along: an upload URL whose file is in the {@code --media} folder (a copy of
 * {@code wp-content/uploads}) is copied into the media library under {@code wordpress/} and answers with its new
 * URL. Files are copied once per import; a dry run only looks.
 */
final class MediaFiles {
    static final String FOLDER = "wordpress";

    private final OldSite site;
    private final Path uploads;
    private final MediaLibrary library;
    private final boolean copy;
    private final Set<String> copied = new HashSet<>();

    /**
     * @param uploads the {@code --media} folder, or null when none was given
     */
    MediaFiles(OldSite site, Path uploads, MediaLibrary library, boolean copy) {
        this.site = site;
        this.uploads = uploads == null ? null : uploads.toAbsolutePath().normalize();
        this.library = library;
        this.copy = copy;
    }

    boolean hasUploadsFolder() {
        return uploads != null;
    }

    boolean isUpload(String url) {
        return site.uploadPath(url).isPresent();
    }

    /** Where the upload now is in the media folder ({@code wordpress/2013/03/photo.jpg}), if its file was found. */
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
        if (copy && copied.add(target) && !alreadyThere(target, file)) {
            try (InputStream in = Files.newInputStream(file)) {
                library.store(target, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not copy " + file + " into the media folder: " + e.getMessage(), e);
            }
        }
        return Optional.of(target);
    }

    /** The URL readers should use for an upload: our copy when there is one. */
    Optional<String> localUrl(String url) {
        return storedPath(url).map(MediaLibrary::urlOf);
    }

    private boolean alreadyThere(String target, Path source) {
        try {
            Optional<Path> existing = library.find(target);
            return existing.isPresent() && Files.size(existing.get()) == Files.size(source)
                    && Files.mismatch(existing.get(), source) == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
