package press.masthead.feeds;

import java.util.regex.Pattern;

/** Text every feed format can carry: XML 1.0 has no way to write control characters or lone surrogates. */
final class FeedText {
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private FeedText() {
    }

    /** The text without the characters XML cannot hold; null stays null. */
    static String clean(String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
