package press.masthead.admin.media;

import java.util.Locale;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaVariant;

/**
 * A media file as the library pages show it: a thumbnail from the 320-pixel copy where there is one, with the size
 * the thumbnail has, and the file's size and dimensions in words.
 */
record MediaCard(long id, String url, String title, String fileName, String alt, String caption, String type,
                 boolean image, String thumbUrl, int thumbWidth, int thumbHeight, String size, String dimensions,
                 boolean editable) {
    static final int THUMBNAIL_WIDTH = 320;

    static MediaCard of(MediaItem item, boolean editable) {
        MediaVariant thumb = item.variants().stream().filter(v -> v.width() >= THUMBNAIL_WIDTH).findFirst()
                .orElse(null);
        return new MediaCard(item.id(), item.url(), item.title(), MediaJson.fileName(item), item.alt(),
                item.caption(), item.mediaType(), item.isImage(), thumb == null ? item.url() : thumb.url(),
                thumb == null ? item.width() : thumb.width(), thumb == null ? item.height() : thumb.height(),
                size(item.byteSize()), item.hasSize() ? item.width() + " × " + item.height() + " px" : "", editable);
    }

    /** Bytes as people read them: "830 bytes", "48 KB", "2.4 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
