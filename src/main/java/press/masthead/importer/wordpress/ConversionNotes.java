package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What converting one item's content found worth telling: problems, shortcodes kept as text, dropped blocks. */
final class ConversionNotes {
    private final List<String> problems = new ArrayList<>();
    private final Set<String> unknownShortcodes = new LinkedHashSet<>();
    private boolean unresolvedLinks;

    void problem(String text) {
        problems.add(text);
    }

    void unknownShortcode(String name) {
        unknownShortcodes.add(name);
    }

    /** A link to the old site that no imported content answers yet: it may be to an item later in the file. */
    void unresolvedLink() {
        unresolvedLinks = true;
    }

    List<String> problems() {
        return problems;
    }

    Set<String> unknownShortcodes() {
        return unknownShortcodes;
    }

    boolean hasUnresolvedLinks() {
        return unresolvedLinks;
    }
}
