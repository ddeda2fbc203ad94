package press.masthead.demo;

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
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads the demo folder shipped in the jar (or in the build's classes folder when run from an IDE or a test). */
final class DemoResources {
    static final String ROOT = "/press/masthead/demo";
    /** A file only the demo folder has: the folder name alone could also find the demo's test classes. */
    private static final String ANCHOR = ROOT + "/site.properties";

    private DemoResources() {
    }

    /** Applies {@code reader} to the demo folder as a {@link Path}, whether it lies in a jar or on disk. */
    static <T> T read(Function<Path, T> reader) {
        URL url = DemoResources.class.getResource(ANCHOR);
        if (url == null) {
            throw new IllegalStateException("The demo content is missing from this build of Masthead");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.apply(Path.of(uri).getParent());
            }
            try (FileSystem jar = openJar(uri)) {
                return reader.apply(jar.provider().getPath(uri).getParent());
            } catch (FileSystemAlreadyExistsException e) {
                return reader.apply(Path.of(uri).getParent());
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the demo content: " + e.getMessage(), e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Collections.emptyMap());
    }

    /** The files of a demo subfolder, by name. */
    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
