package press.masthead.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Replaces a file so that whoever reads it (a web server, a restore, another process) finds the old file or the
 * whole new one, never a part: the content goes to a temporary file beside the target, which is then renamed over
 * it in one step. A temporary file outlives its write only when the process dies during it; its name starts with a
 * dot, so that the media routes and directory listings of web servers leave it alone. The file gets the permissions
 * of any file the process creates there (the umask's), not those of a temporary file, which only its owner may
 * read: a web server serving a static export runs as another user.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Fills a file in place of the target; a failed write leaves the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path partial) throws IOException;
    }

    /** Writes a file as a stream and tells what it wrote. */
    @FunctionalInterface
    public interface StreamContent<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with what {@code content} writes; its folder must exist. */
    public static void replace(Path target, Content content) throws IOException {
        replaceWith(target, partial -> {
            content.writeTo(partial);
            return null;
        });
    }

    /**
     * As {@link #replace(Path, Content)}, for content written as a stream; returns what the content says it
     * wrote.
     */
    public static <T> T replaceWithStream(Path target, StreamContent<T> content) throws IOException {
        return replaceWith(target, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                return content.writeTo(out);
            }
        });
    }

    @FunctionalInterface
    private interface Writer<T> {
        T write(Path partial) throws IOException;
    }

    private static <T> T replaceWith(Path target, Writer<T> writer) throws IOException {
        Path partial = createPartial(folderOf(target));
        try {
            T written = writer.write(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException | RuntimeException | Error e) {
            deleteAfterFailure(partial, e);
            throw e;
        }
    }

    private static Path createPartial(Path folder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path partial = folder.resolve(".masthead-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".partial");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    private static Path folderOf(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new IllegalArgumentException(target + " names no file in a folder");
        }
        return folder;
    }

    private static void deleteAfterFailure(Path partial, Throwable failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
