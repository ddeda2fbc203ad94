package press.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The narrower copies of an image that browsers pick from through {@code srcset}: one for each standard width
 * narrower than the image, re-encoded, so they carry no metadata at all.
 */
final class Variants {
    /** Phone, large phone and small tablet, tablet and laptop, wide screen: the widths pages ask for. */
    static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);
    private static final double JPEG_QUALITY = 0.82;

    private Variants() {
    }

    /** One resized copy. */
    record Variant(int width, int height, String extension, byte[] bytes) {
    }

    /**
     * The copies of an upright image; none for a GIF, which may be animated, and resizing would keep only its first
     * frame. A WebP becomes PNG when it has transparency and JPEG otherwise, since Java cannot write WebP.
     */
    static List<Variant> of(BufferedImage upright, MediaFormat format) {
        if (format == MediaFormat.GIF) {
            return List.of();
        }
        String extension = outputExtension(upright, format);
        List<Variant> variants = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width < upright.getWidth()) {
                variants.add(resized(upright, width, extension));
            }
        }
        return variants;
    }

    private static String outputExtension(BufferedImage image, MediaFormat format) {
        if (format == MediaFormat.WEBP) {
            return image.getColorModel().hasAlpha() ? "png" : "jpg";
        }
        return format.extension();
    }

    private static Variant resized(BufferedImage image, int width, String extension) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            var builder = Thumbnails.of(image).size(width, height).keepAspectRatio(false).outputFormat(extension);
            if (extension.equals("jpg")) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a " + width + " px copy of an image: " + e.getMessage(), e);
        }
        return new Variant(width, height, extension, out.toByteArray());
    }
}
