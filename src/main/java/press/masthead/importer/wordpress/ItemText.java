package press.masthead.importer.wordpress;

import org.jsoup.Jsoup;
import press.masthead.content.Articles;

/** The plain text Masthead keeps for titles, excerpts and captions, which WordPress may hold as HTML. */
final class ItemText {
    private static final int FALLBACK_WORDS = 8;

    private ItemText() {
    }

    static String plain(String html) {
        return html.isBlank() ? "" : Jsoup.parse(html).text().strip();
    }

    /** A title for an item that has none: the first words of its content, else its type and id. */
    static String fallbackTitle(WxrItem item) {
        String[] words = plain(BlockComments.strip(item.content()).html()).split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(FALLBACK_WORDS, words.length); i++) {
            title.append(words[i]).append(' ');
        }
        String text = title.toString().strip();
        return text.isEmpty() ? "Untitled " + item.postType() + " " + item.postId()
                : text + (words.length > FALLBACK_WORDS ? "…" : "");
    }

    /** A headline cut to the length Masthead allows, at a word boundary where one is near. */
    static String fitHeadline(String headline) {
        int max = Articles.MAX_HEADLINE_LENGTH - 1;
        if (headline.length() <= Articles.MAX_HEADLINE_LENGTH) {
            return headline;
        }
        int cut = headline.lastIndexOf(' ', max);
        return headline.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }
}
