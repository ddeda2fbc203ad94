package press.masthead.media;

import java.util.List;
import press.masthead.output.ExportContent;
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
                .map(media -> new ExportItem(MediaKeys.urlOf(media.key()), "media/" + media.key(),
                        new ExportContent.Stored(media.key(), media.size(), media.lastModified(), media::open)))
                .toList();
    }
}
