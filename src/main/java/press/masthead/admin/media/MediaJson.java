package press.masthead.admin.media;

import java.time.Instant;
import java.util.List;
import press.masthead.admin.Principal;
import press.masthead.content.MediaItem;

/**
 * A media file as the Admin API shows it. {@code variants} are the narrower copies of an image, narrowest first;
 * {@code editable} says whether the caller may change and delete it.
 */
record MediaJson(long id, String url, String fileName, String type, int width, int height, long byteSize,
                 List<Variant> variants, String alt, String caption, String title, Instant createdAt,
                 Long uploadedBy, boolean editable) {

    record Variant(int width, int height, String url) {
    }

    static MediaJson of(MediaItem item, Principal viewer) {
        return new MediaJson(item.id(), item.url(), fileName(item), item.mediaType(), item.width(), item.height(),
                item.byteSize(), item.variants().stream().map(v -> new Variant(v.width(), v.height(), v.url())).toList(),
                item.alt(), item.caption(), item.title(), item.createdAt(), item.uploadedBy(),
                MediaAdmin.mayChange(viewer, item));
    }

    /** The last part of the stored path, or of the address for a file kept elsewhere. */
    static String fileName(MediaItem item) {
        String path = item.isStoredHere() ? item.filePath() : item.url();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
