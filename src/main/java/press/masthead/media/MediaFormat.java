package press.masthead.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the media library takes, each recognised by the bytes it starts with (never by its name or the
 * type a browser claims), with the extension and media type it is stored and served as.
 */
enum MediaFormat {
    JPEG("image/jpeg", "jpg", "jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    GIF("image/gif", "gif", "gif", ascii("GIF8")),
    WEBP("image/webp", "webp", "webp", ascii("RIFF")),
    PDF("application/pdf", "pdf", null, ascii("%PDF-"));

    /** The longest start any format needs to be recognised (WebP's "WEBP" sits at bytes 8 to 11). */
    static final int SIGNATURE_LENGTH = 12;

    private final String mediaType;
    private final String extension;
    private final String imageIoName;
    private final byte[] signature;

    MediaFormat(String mediaType, String extension, String imageIoName, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.imageIoName = imageIoName;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** The ImageIO format name of its reader; null for a document. */
    String imageIoName() {
        return imageIoName;
    }

    boolean isImage() {
        return imageIoName != null;
    }

    /** The format a file's first bytes announce, if it is one the library takes. */
    static Optional<MediaFormat> of(byte[] head) {
        for (MediaFormat format : values()) {
            if (startsWith(head, format.signature) && (format != WEBP || isWebPRiff(head))
                    && (format != GIF || isGifVersion(head))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** All that is taken, as a writer reads it. */
    static String accepted() {
        return "JPEG, PNG, GIF, WebP or PDF";
    }

    private static boolean isWebPRiff(byte[] head) {
        return head.length >= 12 && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4);
    }

    private static boolean isGifVersion(byte[] head) {
        return head.length >= 6 && (head[4] == '7' || head[4] == '9') && head[5] == 'a';
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
