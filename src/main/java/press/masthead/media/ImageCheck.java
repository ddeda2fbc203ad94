package press.masthead.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an uploaded image only after its header has passed the pixel limit, so that a small file declaring a huge
 * picture (a decompression bomb) is refused before it can take the memory its pixels would need.
 */
final class ImageCheck {
    private ImageCheck() {
    }

    /**
     * The image's pixels, as stored (before any EXIF rotation).
     *
     * @throws MediaRejectedException TOO_MANY_PIXELS past {@code maxPixels}, DAMAGED when the header or the pixels
     *                                cannot be read
     */
    static BufferedImage decode(Path file, MediaFormat format, String name, long maxPixels) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw new MediaRejectedException(MediaRejectedException.Reason.TOO_MANY_PIXELS, String.format(
                        Locale.ROOT, "%s is %d × %d pixels (%.1f megapixels); the limit is %d megapixels. Scale it"
                                + " down before uploading: 4000 pixels wide is plenty for any screen.",
                        name, width, height, width * height / 1e6, maxPixels / 1_000_000));
            }
            return reader.read(0);
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // Readers report broken files with any of these, depending on where the bytes stop making sense.
            throw damaged(name, format);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(MediaFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format + " is on the class path; the"
                    + " build lost its META-INF/services registrations");
        }
        return readers.next();
    }

    static MediaRejectedException damaged(String name, MediaFormat format) {
        return new MediaRejectedException(MediaRejectedException.Reason.DAMAGED, name + " starts like a "
                + format.name() + " file but cannot be read to the end: it may be cut short or damaged. Export it"
                + " again from the program that made it and upload that copy.");
    }
}
