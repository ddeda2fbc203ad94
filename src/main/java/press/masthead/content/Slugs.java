package press.masthead.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Makes URL slugs from headlines and names. A slug keeps the letters and digits of every script as they are
 * (a Persian headline gets a Persian slug, percent-encoded on the wire), because a guessed transliteration reads
 * worse than the original and an empty slug is no address at all.
 */
public final class Slugs {
    /** Long enough for a full headline, short enough for a readable URL. */
    static final int MAX_CODE_POINTS = 80;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;

    private Slugs() {
    }

    /**
     * The slug for {@code text}, or {@code fallback} when the text holds no letter or digit at all
     * (a headline of punctuation or emoji only).
     */
    public static String from(String text, String fallback) {
        String slug = slugify(text == null ? "" : text);
        return slug.isEmpty() ? slugify(fallback) : slug;
    }

    /**
     * {@code base}, or {@code base-2}, {@code base-3}... whichever is not yet taken. A base at the length cap is
     * shortened to make room for the suffix, so that the result is still {@link #isValid valid}.
     */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = capped(base, MAX_CODE_POINTS - suffix.length()) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** True when {@code slug} is what {@link #from} could have produced: safe as one URL path segment. */
    public static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.equals(slugify(slug));
    }

    private static String slugify(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                // Apostrophes join ("mayor's" -> "mayors"); everything else separates words.
                pendingHyphen = true;
            }
        }
        return capped(slug.toString(), MAX_CODE_POINTS);
    }

    /**
     * At most {@code max} code points of {@code slug}. A cut inside a word backs off to the hyphen before it, unless
     * that would lose more than half: a long run of Chinese has no hyphen to back off to.
     */
    private static String capped(String slug, int max) {
        if (slug.codePointCount(0, slug.length()) <= max) {
            return slug;
        }
        int end = slug.offsetByCodePoints(0, max);
        if (slug.charAt(end) != '-') {
            int hyphen = slug.lastIndexOf('-', end);
            if (hyphen > 0 && slug.codePointCount(0, hyphen) > max / 2) {
                end = hyphen;
            }
        }
        return slug.substring(0, end);
    }

    private static boolean isWordPart(int cp) {
        if (cp == ZERO_WIDTH_NON_JOINER) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
