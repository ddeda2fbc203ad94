package press.masthead.markup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import press.masthead.content.Slugs;

/**
 * Gives every heading a unique id, so that a reader can link to a section. The id is a slug of the heading's text,
 * made like article slugs, so a Persian or Chinese heading gets a readable id in its own script rather than an empty
 * or numbered one; repeats are numbered {@code -2}, {@code -3}... A heading written as HTML keeps its own id when that
 * is already a valid, unused slug.
 */
final class HeadingIds {
    private static final String FALLBACK = "section";
    /** Ids the page around a body already uses (the skip link's target); a heading "Main" becomes main-2. */
    static final Set<String> PAGE_IDS = Set.of("main", "content", "top");

    private HeadingIds() {
    }

    static void assign(Element body) {
        Set<String> taken = new HashSet<>(PAGE_IDS);
        // Slugs.unique counts up from 2 on every call, which makes a body of thousands of equal headings take
        // minutes; remembering where each base's count stopped keeps it linear.
        Map<String, Integer> nextNumber = new HashMap<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            String own = heading.id();
            String id;
            if (Slugs.isValid(own) && !taken.contains(own)) {
                id = own;
            } else {
                String base = Slugs.from(heading.text(), FALLBACK);
                id = base;
                int number = nextNumber.getOrDefault(base, 2);
                while (taken.contains(id)) {
                    id = base + "-" + number++;
                }
                nextNumber.put(base, number);
            }
            taken.add(id);
            heading.id(id);
        }
    }
}
