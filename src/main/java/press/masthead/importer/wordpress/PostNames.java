package press.masthead.importer.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** WordPress slugs as exports hold them: non-ASCII letters percent-encoded ({@code %d8%b4...}). */
final class PostNames {
    private PostNames() {
    }

    /** The slug as its letters; a slug whose encoding is broken stays as written. */
    static String decode(String postName) {
        String name = postName.strip();
        if (name.indexOf('%') < 0) {
            return name;
        }
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
