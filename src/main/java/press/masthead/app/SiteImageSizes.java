package press.masthead.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import press.masthead.media.ImageDimensions;
import press.masthead.media.MediaStorage;
import press.masthead.media.StoredMedia;
import press.masthead.seo.ImageSizes;
import press.masthead.theme.Theme;

/**
 * Sizes of the images Masthead serves itself, media files and theme assets, read once from their headers and
 * remembered (a media file by its modification time, so a replaced file is read again).
 */
final class SiteImageSizes implements ImageSizes {
    private static final String MEDIA = "/media/";
    private static final String ASSETS = "/assets/";

    private final MediaStorage media;
    private final Theme theme;
    private final Map<String, Optional<Size>> known = new ConcurrentHashMap<>();

    SiteImageSizes(MediaStorage media, Theme theme) {
        this.media = media;
        this.theme = theme;
    }

    @Override
    public Optional<Size> of(String url) {
        String path = pathOf(url);
        if (path.startsWith(MEDIA)) {
            return media.find(path.substring(MEDIA.length())).flatMap(this::ofMedia);
        }
        if (path.startsWith(ASSETS)) {
            return known.computeIfAbsent(path, p -> theme.asset(p.substring(ASSETS.length()))
                    .flatMap(bytes -> read(new ByteArrayInputStream(bytes))));
        }
        return Optional.empty();
    }

    private Optional<Size> ofMedia(StoredMedia file) {
        return known.computeIfAbsent(MEDIA + file.key() + "@" + file.lastModified().toEpochMilli(), version -> {
            try (InputStream in = file.open()) {
                return read(in);
            } catch (IOException e) {
                // Deleted since it was found: that version has no size to give.
                return Optional.empty();
            }
        });
    }

    private static Optional<Size> read(InputStream in) {
        try {
            return ImageDimensions.read(in).map(size -> new Size(size[0], size[1]));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The path of a URL on this site; absolute URLs elsewhere have no size we could know. */
    private static String pathOf(String url) {
        if (url.startsWith("/")) {
            return url;
        }
        return "";
    }
}
