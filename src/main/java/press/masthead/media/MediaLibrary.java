package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

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
        Path file = inside(relativePath);
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

    /**
     * Claims a relative path for a new file by creating it empty, so that two uploads of the same name, even on two
     * servers sharing the folder, never get the same path; false when the path is taken. {@link #store} then fills it.
     */
    public boolean reserve(String relativePath) {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create media file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** A new empty scratch file in the folder, named {@code .upload-*.part} so that backups and exports skip it. */
    public Path scratchFile() {
        try {
            Files.createDirectories(root);
            return Files.createTempFile(root, ".upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch file in the media folder " + root + ": "
                    + e.getMessage(), e);
        }
    }

    /** Removes a stored file, if it is there, and the folders it leaves empty up to the media folder. */
    public void delete(String relativePath) {
        Path file = inside(relativePath);
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
                try (Stream<Path> left = Files.list(folder)) {
                    if (left.findAny().isPresent()) {
                        break;
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete media file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    private Path inside(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Media path '" + relativePath + "' leaves the media folder");
        }
        return file;
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
