package press.masthead.content;

import java.time.Instant;

/**
 * A file in the media library: an image, a sound, a video or a document. {@code url} is where readers get it:
 * {@code /media/...} when the file is kept in the data directory ({@code filePath} is then its place in the media
 * folder), otherwise the address it came from, which {@code filePath} null marks.
 */
public record MediaItem(long id, String url, String filePath, String originalUrl, String title, String alt,
                        String caption, String description, String mediaType, Instant createdAt) {

    public boolean isStoredHere() {
        return filePath != null;
    }
}
