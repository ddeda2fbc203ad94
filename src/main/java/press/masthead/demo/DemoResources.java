package press.masthead.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import press.masthead.theme.BundledFiles;

/** Reads the demo folder shipped in the jar. */
final class DemoResources {
    /** A file only the demo folder has: the folder name alone could also find the demo's test classes. */
    private static final String ANCHOR = "/press/masthead/demo/site.properties";

    private DemoResources() {
    }

    /** Applies {@code reader} to the demo folder as a {@link Path}, whether it lies in a jar or on disk. */
    static <T> T read(Function<Path, T> reader) {
        return BundledFiles.read(ANCHOR, reader);
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
