package press.masthead.media;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns the name a file was uploaded with into the stem of a safe stored name: no folders, no control or
 * direction-changing characters, no dots (the extension comes from the file's real format), letters and digits of
 * every script kept, anything else a hyphen.
 */
final class FileNames {
    /** Long enough to say what a file is; short enough that stem, counter and extension fit 255 bytes. */
    private static final int MAX_STEM_LENGTH = 60;
    private static final String FALLBACK = "file";
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private FileNames() {
    }

    /** The stem for {@code originalName}, such as {@code harbour-at-dawn} for {@code C:\Photos\Harbour at dawn.JPG}. */
    static String stem(String originalName) {
        String name = lastSegment(originalName == null ? "" : originalName);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder stem = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < name.length() && kept < MAX_STEM_LENGTH; ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isKept(c)) {
                stem.appendCodePoint(c);
                kept++;
            } else if (isDropped(c)) {
                continue;
            } else if (stem.length() > 0 && stem.charAt(stem.length() - 1) != '-') {
                stem.append('-');
                kept++;
            }
        }
        String result = trimHyphens(stem.toString());
        return result.isEmpty() ? FALLBACK : result;
    }

    /** The name as a writer would recognise it in a message: the last path segment without control characters. */
    static String displayName(String originalName) {
        String name = lastSegment(originalName == null ? "" : originalName).codePoints()
                .filter(c -> !isDropped(c) || c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.isEmpty() ? "The file" : name;
    }

    /** Browsers send a bare name, but older ones and scripts send a whole path, with either slash. */
    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static boolean isKept(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_'
                // Persian writes some words with a zero-width non-joiner inside; dropping it would change the word.
                || c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER;
    }

    /** Control and format characters (such as a right-to-left override that disguises an extension) go silently. */
    private static boolean isDropped(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    private static String trimHyphens(String stem) {
        int start = 0;
        int end = stem.length();
        while (start < end && (stem.charAt(start) == '-' || isJoiner(stem.charAt(start)))) {
            start++;
        }
        while (end > start && (stem.charAt(end - 1) == '-' || isJoiner(stem.charAt(end - 1)))) {
            end--;
        }
        return stem.substring(start, end);
    }

    private static boolean isJoiner(char c) {
        return c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER;
    }
}
