package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;

/** Every stored media file for the static export, at the same {@code /media/} paths the server answers. */
public final class MediaExport implements ExportSource {
    private final MediaStorage storage;

    public MediaExport(MediaStorage storage) {
        this.storage = storage;
    }

    @Override
    public List<ExportItem> items() {
        return storage.list().stream()
                .map(media -> new ExportItem(MediaKeys.urlOf(media.key()), "media/" + media.key(), () -> read(media)))
                .toList();
    }

    private static byte[] read(StoredMedia media) {
        try (InputStream in = media.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the media file " + media.key() + ": " + e.getMessage(), e);
        }
    }
}
