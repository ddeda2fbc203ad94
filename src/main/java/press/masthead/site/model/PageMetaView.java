package press.masthead.site.model;

/**
 * The head of a page: the document title, description, canonical URL, robots directive, and the page's language
 * and direction (an article in Persian makes the whole page {@code lang="fa" dir="rtl"}).
 */
public record PageMetaView(String kind, String title, String description, String canonicalUrl, String robots,
                           String lang, String dir) {
}
