package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The media folder: files are addressed by a relative path that can never leave the folder. */
public final class MediaLibrary {
    private final Path root;

    public MediaLibrary(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The file at a relative path such as {@code demo/harbour.jpg}, if it exists inside the folder. */
    public Optional<Path> find(String relativePath) {
        if (relativePath.isEmpty() || relativePath.indexOf('\0') >= 0 || relativePath.contains("\\")) {
            return Optional.empty();
        }
        Path file = root.resolve(relativePath).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Stores a file at a relative path, replacing it atomically so readers never see half a file. */
    public void store(String relativePath, InputStream content) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Media path '" + relativePath + "' leaves the media folder");
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
            try {
                Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store media file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** The public URL path of a stored file, each segment percent-encoded (file names may hold spaces or any script). */
    public static String urlOf(String relativePath) {
        StringBuilder url = new StringBuilder("/media");
        for (String segment : relativePath.split("/")) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }
}
