package press.masthead.feeds;

import java.net.URI;
import java.util.Optional;
import press.masthead.content.Image;
import press.masthead.media.MediaStorage;
import press.masthead.media.StoredMedia;
import press.masthead.site.Permalinks;
import press.masthead.web.StaticFiles;

/**
 * A featured image as a feed enclosure: its absolute URL, its media type by file extension, and its size in bytes
 * when it is one of the site's own media files (0 otherwise, which RSS allows for a size nobody knows).
 */
final class FeedImages {
    private static final String MEDIA_PATH = "/media/";

    private final MediaStorage media;
    private final String siteUrl;
    private final String mediaUrl;

    FeedImages(MediaStorage media, Permalinks links) {
        this.media = media;
        this.siteUrl = links.absolute("/");
        this.mediaUrl = links.absolute(MEDIA_PATH);
    }

    FeedEntry.Enclosure of(Image image) {
        String url = AbsoluteUrls.of(image.url(), siteUrl);
        Optional<String> path = pathOf(url);
        String mediaType = StaticFiles.mediaTypeOf(path.orElse(url));
        long length = url.startsWith(mediaUrl) ? path.map(this::sizeOfMediaFile).orElse(0L) : 0L;
        return new FeedEntry.Enclosure(url, mediaType, length, FeedText.clean(image.alt()));
    }

    private long sizeOfMediaFile(String urlPath) {
        return media.find(urlPath.substring(MEDIA_PATH.length())).map(StoredMedia::size).orElse(0L);
    }

    /** The decoded path of a URL, without query or fragment. */
    private static Optional<String> pathOf(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getPath());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
