package press.masthead.content;

/** Short plain-text summaries for lists and meta descriptions, cut at a word boundary. */
final class Excerpts {
    static final int MAX_LENGTH = 200;

    private Excerpts() {
    }

    static String of(String plainText) {
        String text = plainText.strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH);
        return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).stripTrailing() + "…";
    }
}
