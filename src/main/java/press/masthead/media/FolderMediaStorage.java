package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import press.masthead.files.AtomicFiles;

/**
 * Media kept as files in a folder (the {@code media-dir} setting), which several nodes may share over NFS: a key is a
 * path inside it. A file is written under a hidden name beside its target, which no key can be, and renamed into
 * place (see {@link AtomicFiles}), so neither readers nor listings see it half written; a key is reserved
 * by creating its file exclusively, and the folders a delete leaves empty go with it.
 */
public final class FolderMediaStorage implements MediaStorage {
    private final Path root;

    public FolderMediaStorage(Path folder) {
        this.root = folder.toAbsolutePath().normalize();
    }

    @Override
    public Optional<StoredMedia> find(String key) {
        Optional<Path> file = pathOf(key);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.get(), BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(new StoredFile(key, file.get(), attributes))
                    : Optional.empty();
        } catch (IOException e) {
            // Absent, or a name the file system cannot hold (too long, say): either way no file is stored there.
            return Optional.empty();
        }
    }

    @Override
    public void store(String key, InputStream content, long size) {
        Path file = inside(key);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.replace(file, partial -> {
                long copied = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
                if (copied != size) {
                    throw new IOException("expected " + size + " bytes but " + copied + " came");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the media file " + key + " in " + root + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean reserve(String key) {
        Path file = inside(key);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the media file " + key + " in " + root + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = inside(key);
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
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            // There was no such folder, another delete (on this node or another) removed it, or another upload put
            // a file into it meanwhile: either way nothing is left to tidy.
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the media file " + key + " in " + root + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredMedia> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<StoredMedia> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String key = keyOf(file);
                    if (attributes.isRegularFile() && MediaKeys.isValid(key)) {
                        files.add(new StoredFile(key, file, attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Deleted since its folder was read: no longer part of the library.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the media folder " + root + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(StoredMedia::key));
        return files;
    }

    private String keyOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * The file of a valid key, checked to be inside the folder all the same: a platform may read a name as more than a
     * name (a drive letter on Windows).
     */
    private Optional<Path> pathOf(String key) {
        if (!MediaKeys.isValid(key)) {
            return Optional.empty();
        }
        try {
            Path file = root.resolve(key).normalize();
            return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private Path inside(String key) {
        MediaKeys.requireValid(key);
        return pathOf(key).orElseThrow(() -> new InvalidMediaKeyException(key, "it names no file inside " + root));
    }

    private record StoredFile(String key, Path file, long size, Instant lastModified) implements StoredMedia {
        StoredFile(String key, Path file, BasicFileAttributes attributes) {
            this(key, file, attributes.size(), attributes.lastModifiedTime().toInstant());
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }
}
