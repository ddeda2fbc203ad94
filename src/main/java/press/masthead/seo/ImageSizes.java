package press.masthead.seo;

import java.util.Optional;

/** The pixel size of an image by its URL, where it can be known (a file in the site's own media). */
@FunctionalInterface
public interface ImageSizes {
    Optional<Size> of(String url);

    record Size(int width, int height) {
    }
}
