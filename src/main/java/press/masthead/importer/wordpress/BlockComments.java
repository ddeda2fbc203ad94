package press.masthead.importer.wordpress;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block editor's markers ({@code <!-- wp:paragraph -->}, {@code <!-- /wp:paragraph -->}) around HTML it already
 * wrote out. Removing them leaves that HTML; a self-closing marker ({@code <!-- wp:latest-posts /-->}) is a block
 * WordPress drew at view time, which has no HTML to keep, so its name is returned for the report.
 */
final class BlockComments {
    private static final Pattern MARKER = Pattern.compile(
            "<!--\\s*(/?)wp:([a-z0-9_-]+(?:/[a-z0-9_-]+)?)(?:\\s+\\{.*?})?\\s*(/?)-->", Pattern.DOTALL);

    private BlockComments() {
    }

    /** The content without markers, and which view-time blocks were dropped. */
    record Stripped(String html, boolean hadBlocks, Set<String> droppedBlocks) {
    }

    static Stripped strip(String content) {
        Matcher matcher = MARKER.matcher(content);
        StringBuilder html = new StringBuilder();
        Set<String> dropped = new LinkedHashSet<>();
        boolean any = false;
        while (matcher.find()) {
            any = true;
            if ("/".equals(matcher.group(3))) {
                dropped.add(matcher.group(2));
            }
            matcher.appendReplacement(html, "");
        }
        matcher.appendTail(html);
        return new Stripped(html.toString(), any, dropped);
    }
}
