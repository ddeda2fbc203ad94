package press.masthead.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Function;

/**
 * Reads a folder shipped inside the jar (or in the build's classes folder when run from an IDE or a test) as a
 * {@link Path}, so its files can be listed. The folder is found by a file only it has: a folder name alone could
 * also find a test package of the same name.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /** Applies {@code reader} to the folder holding the resource {@code anchor} (an absolute resource name). */
    public static <T> T read(String anchor, Function<Path, T> reader) {
        URL url = BundledFiles.class.getResource(anchor);
        if (url == null) {
            throw new IllegalStateException(anchor + " is missing from this build of Masthead");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.apply(Path.of(uri).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Collections.emptyMap())) {
                return reader.apply(jar.provider().getPath(uri).getParent());
            } catch (FileSystemAlreadyExistsException e) {
                return reader.apply(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + anchor + ": " + e.getMessage(), e));
        }
    }
}
