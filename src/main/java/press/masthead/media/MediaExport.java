package press.masthead.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;

/** Every media file for the static export, at the same {@code /media/} paths the server answers. */
public final class MediaExport implements ExportSource {
    private final Path root;

    public MediaExport(Path mediaDir) {
        this.root = mediaDir.toAbsolutePath().normalize();
    }

    @Override
    public List<ExportItem> items() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .map(file -> {
                        String relative = root.relativize(file).toString().replace('\\', '/');
                        return new ExportItem(MediaLibrary.urlOf(relative), "media/" + relative, () -> read(file));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the media folder " + root, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read media file " + file, e);
        }
    }
}
