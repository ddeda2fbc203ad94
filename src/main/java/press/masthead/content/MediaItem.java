package press.masthead.content;

import java.time.Instant;
import java.util.List;

/**
 * A file in the media library: an image, a sound, a video or a document. {@code url} is where readers get it:
 * {@code /media/...} when the file is kept in the data directory ({@code filePath} is then its place in the media
 * folder), otherwise the address it came from, which {@code filePath} null marks. {@code width} and {@code height}
 * are the image's size as shown, 0 when unknown or not an image; {@code variants} are its narrower copies, narrowest
 * first.
 */
public record MediaItem(long id, String url, String filePath, String originalUrl, String title, String alt,
                        String caption, String description, String mediaType, Instant createdAt, int width,
                        int height, long byteSize, List<MediaVariant> variants) {

    public MediaItem {
        variants = List.copyOf(variants);
    }

    /** A record of a file whose size is not known, as an import makes it. */
    public MediaItem(long id, String url, String filePath, String originalUrl, String title, String alt,
                     String caption, String description, String mediaType, Instant createdAt) {
        this(id, url, filePath, originalUrl, title, alt, caption, description, mediaType, createdAt, 0, 0, 0,
                List.of());
    }

    public boolean isStoredHere() {
        return filePath != null;
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    public MediaItem withId(long newId) {
        return new MediaItem(newId, url, filePath, originalUrl, title, alt, caption, description, mediaType,
                createdAt, width, height, byteSize, variants);
    }

    public MediaItem withDetails(String newTitle, String newAlt, String newCaption) {
        return new MediaItem(id, url, filePath, originalUrl, newTitle, newAlt, newCaption, description, mediaType,
                createdAt, width, height, byteSize, variants);
    }
}
