package press.masthead.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a media key may be, and the URL it is served at. A key is a relative path such as {@code 2026/05/quay.jpg}:
 * segments joined by '/', none of them empty, {@code .} or {@code ..}, and no backslash or NUL anywhere, so that no
 * storage can be led outside itself by one. No segment starts with a dot either: such names are left to a storage
 * for its own use (the folder's files still being written), so no reader, listing or backup ever sees them.
 */
public final class MediaKeys {
    private MediaKeys() {
    }

    public static boolean isValid(String key) {
        return problemWith(key) == null;
    }

    /**
     * @throws InvalidMediaKeyException naming the key and what is wrong with it
     */
    static void requireValid(String key) {
        String problem = problemWith(key);
        if (problem != null) {
            throw new InvalidMediaKeyException(key, problem);
        }
    }

    private static String problemWith(String key) {
        if (key == null || key.isEmpty()) {
            return "it is empty";
        }
        if (key.indexOf('\0') >= 0 || key.indexOf('\\') >= 0) {
            return "it holds a NUL or a backslash";
        }
        if (key.startsWith("/")) {
            return "it is an absolute path";
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "it has an empty, '.' or '..' segment";
            }
            if (segment.startsWith(".")) {
                return "a name in it starts with a dot";
            }
        }
        return null;
    }

    /** The public URL path of a stored file, each segment percent-encoded (names may hold spaces or any script). */
    public static String urlOf(String key) {
        StringBuilder url = new StringBuilder("/media");
        for (String segment : key.split("/")) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }
}
