package press.masthead.importer.wordpress;

import press.masthead.content.ArticleStore;
import press.masthead.content.PageStore;
import press.masthead.content.Slugs;
import press.masthead.site.Permalinks;

/**
 * Chooses the slug an imported article or page gets: the old one where it is free, else the next free one
 * ({@code slug-2}). Pages sit at the top of the URL space, so they also avoid the paths the site keeps for itself
 * and, when articles live there too ({@code /{slug}/}), the articles' slugs; and the other way round.
 */
final class SlugPlanner {
    private final ArticleStore articles;
    private final PageStore pages;
    private final boolean articlesAtTop;

    SlugPlanner(ArticleStore articles, PageStore pages, String articlePattern) {
        this.articles = articles;
        this.pages = pages;
        this.articlesAtTop = articlePattern.startsWith("/{slug}/");
    }

    /** The wanted slug as Masthead writes slugs: the item's own, else one made from its title. */
    static String wanted(String postName, String title, String fallback) {
        String decoded = PostNames.decode(postName);
        return Slugs.from(decoded.isEmpty() ? title : decoded, fallback);
    }

    String forArticle(String wanted, long ownId) {
        return Slugs.unique(wanted, candidate -> articles.slugTaken(candidate, ownId)
                || (articlesAtTop && (Permalinks.RESERVED.contains(candidate) || pages.slugTaken(candidate, 0))));
    }

    String forPage(String wanted, long ownId) {
        return Slugs.unique(wanted, candidate -> pages.slugTaken(candidate, ownId)
                || Permalinks.RESERVED.contains(candidate)
                || (articlesAtTop && articles.slugTaken(candidate, 0)));
    }
}
