package press.masthead.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The site's article URL pattern, such as {@code /{yyyy}/{mm}/{dd}/{slug}/} or {@code /{slug}/}: literal
 * segments and placeholders, each placeholder a whole path segment.
 */
public final class ArticlePattern {
    static final Set<String> PLACEHOLDERS = Set.of("{yyyy}", "{mm}", "{dd}", "{slug}", "{id}");

    private final String pattern;
    private final List<String> segments;

    private ArticlePattern(String pattern, List<String> segments) {
        this.pattern = pattern;
        this.segments = segments;
    }

    /** Parses a pattern, or says what is wrong with it. */
    public static ArticlePattern parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/") || !pattern.endsWith("/") || pattern.length() < 3) {
            throw new IllegalArgumentException("the article URL pattern '" + pattern
                    + "' must start and end with '/', e.g. /{yyyy}/{mm}/{dd}/{slug}/");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : pattern.substring(1, pattern.length() - 1).split("/", -1)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("the article URL pattern '" + pattern + "' has an empty segment");
            }
            if (segment.contains("{") && !PLACEHOLDERS.contains(segment)) {
                throw new IllegalArgumentException("the article URL pattern '" + pattern + "' has '" + segment
                        + "'; placeholders are " + String.join(", ", PLACEHOLDERS.stream().sorted().toList())
                        + ", each a whole segment");
            }
            segments.add(segment);
        }
        if (!segments.contains("{slug}") && !segments.contains("{id}")) {
            throw new IllegalArgumentException("the article URL pattern '" + pattern
                    + "' needs {slug} or {id} so each article has its own URL");
        }
        return new ArticlePattern(pattern, List.copyOf(segments));
    }

    List<String> segments() {
        return segments;
    }

    /** Matches decoded path segments, or returns null when they are not an article path. */
    PageRef.ArticleAt match(List<String> path) {
        if (path.size() != segments.size()) {
            return null;
        }
        String slug = null;
        Long id = null;
        Integer year = null;
        Integer month = null;
        Integer day = null;
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = path.get(i);
            switch (expected) {
                case "{slug}" -> slug = actual;
                case "{id}" -> id = digits(actual, 1, 18) ? Long.valueOf(actual) : null;
                case "{yyyy}" -> year = digits(actual, 4, 4) ? Integer.valueOf(actual) : null;
                case "{mm}" -> month = digits(actual, 2, 2) ? Integer.valueOf(actual) : null;
                case "{dd}" -> day = digits(actual, 2, 2) ? Integer.valueOf(actual) : null;
                default -> {
                    if (!expected.equals(actual)) {
                        return null;
                    }
                }
            }
            boolean badNumber = ("{id}".equals(expected) && id == null) || ("{yyyy}".equals(expected) && year == null)
                    || ("{mm}".equals(expected) && month == null) || ("{dd}".equals(expected) && day == null);
            if (badNumber) {
                return null;
            }
        }
        return new PageRef.ArticleAt(slug, id, year, month, day);
    }

    private static boolean digits(String text, int min, int max) {
        return text.length() >= min && text.length() <= max && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return pattern;
    }
}
