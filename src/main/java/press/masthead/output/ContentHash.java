package press.masthead.output;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong validators from content: the same bytes always get the same ETag, on every node and in every export. */
public final class ContentHash {
    private ContentHash() {
    }

    /** A quoted strong ETag: 128 bits of SHA-256 over the bytes, URL-safe Base64. */
    public static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
