package press.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads an image's width and height from its header, without decoding the pixels. */
public final class ImageDimensions {
    private ImageDimensions() {
    }

    /** The size as {width, height}, or empty when the bytes are no image Java can read (an SVG, say). */
    public static Optional<int[]> read(InputStream in) throws IOException {
        try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
            if (image == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        }
    }
}
