package press.masthead.site.model;

import java.util.List;

/**
 * The search page: the reader's words, whether they searched at all (an empty query shows just the form), whether
 * a filter or an order other than the default is in use, how many articles matched, one page of results, and the
 * choices of each filter with the chosen one selected.
 */
public record SearchView(
        String query,
        boolean searched,
        boolean filtered,
        int total,
        List<Result> results,
        List<Choice> categories,
        List<Choice> tags,
        List<Choice> authors,
        List<Choice> years,
        List<Choice> sorts) {

    /** A found article and a passage of it; {@code snippet} is escaped HTML with the matches in {@code <mark>}. */
    public record Result(ArticleCard card, String snippet) {
    }

    /** One option of a filter: the value sent in the URL, the label shown, and whether it is the chosen one. */
    public record Choice(String value, String label, boolean selected) {
    }
}
