package press.masthead.site;

import java.util.List;
import press.masthead.content.Article;

/**
 * What a search found, for the search page: one page of hits with their snippets, how many there are in all,
 * and the choices the filters offer. Filled by the search feature; {@link SiteRenderer#search} draws it.
 *
 * @param tags    tags to offer as a filter, as slug and name
 * @param authors authors to offer as a filter
 * @param years   years that have articles, newest first
 */
public record SearchResults(int total, int pageCount, List<Hit> hits, List<Choice> tags, List<Choice> authors,
                            List<Integer> years) {

    public SearchResults {
        hits = List.copyOf(hits);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        years = List.copyOf(years);
    }

    /**
     * A found article. {@code snippetHtml} is escaped text with the matching words in {@code <mark>}, safe to
     * write into a page as it is.
     */
    public record Hit(Article article, String snippetHtml) {
    }

    /** A value a filter can take: the slug in the URL and the name a reader sees. */
    public record Choice(String slug, String name) {
    }
}
