package press.masthead.content;

/** Counts words for reading times in any script. */
public final class WordCounts {
    private WordCounts() {
    }

    /**
     * Whitespace-separated words, except that each Han, Hiragana or Katakana character counts as one word, since
     * those scripts do not put spaces between words.
     */
    public static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (Character.isWhitespace(cp)) {
                inWord = false;
            }
        }
        return words;
    }
}
