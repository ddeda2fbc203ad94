package press.masthead.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import press.masthead.content.Category;
import press.masthead.site.model.ArticleCard;
import press.masthead.site.model.SearchView;

/** Builds the search page's view: the results as cards with snippets, and each filter's choices. */
final class SearchPageModel {
    private final SiteContext context;
    private final SiteModels models;

    SearchPageModel(SiteContext context, SiteModels models) {
        this.context = context;
        this.models = models;
    }

    SearchView view(SearchParameters parameters, SearchResults results) {
        List<ArticleCard> cards = models.cards(results.hits().stream().map(SearchResults.Hit::article).toList());
        List<SearchView.Result> found = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            found.add(new SearchView.Result(cards.get(i), results.hits().get(i).snippetHtml()));
        }
        List<SearchView.Choice> years = choices(results.years(), year -> Integer.toString(year),
                year -> Integer.toString(year), parameters.year() == null ? "" : parameters.year().toString());
        List<SearchView.Choice> sorts = List.of(
                new SearchView.Choice(SearchParameters.Sort.RELEVANCE.code(), "Best match",
                        parameters.sort() == SearchParameters.Sort.RELEVANCE),
                new SearchView.Choice(SearchParameters.Sort.DATE.code(), "Newest first",
                        parameters.sort() == SearchParameters.Sort.DATE));
        return new SearchView(parameters.text(), parameters.hasText(), parameters.isFiltered(), results.total(), found,
                categories(parameters.category()),
                choices(results.tags(), SearchResults.Choice::slug, SearchResults.Choice::name, parameters.tag()),
                choices(results.authors(), SearchResults.Choice::slug, SearchResults.Choice::name, parameters.author()),
                years, sorts);
    }

    /** Every category, children indented under their parent, so choosing a parent includes its children. */
    private List<SearchView.Choice> categories(String chosen) {
        Map<Long, Category> byId = context.categoriesById();
        return choices(context.categories(), Category::slug,
                c -> "— ".repeat(Permalinks.lineage(c, byId).size() - 1) + c.name(), chosen);
    }

    /**
     * The options of one filter. A chosen value that is not among them (from an edited or old URL) is kept as
     * an option of its own, so the form shows the reader what the results are filtered by.
     */
    private static <T> List<SearchView.Choice> choices(List<T> options, Function<T, String> value,
                                                       Function<T, String> label, String chosen) {
        List<SearchView.Choice> choices = new ArrayList<>();
        boolean found = false;
        for (T option : options) {
            boolean selected = value.apply(option).equals(chosen);
            found |= selected;
            choices.add(new SearchView.Choice(value.apply(option), label.apply(option), selected));
        }
        if (!found && !chosen.isEmpty()) {
            choices.add(0, new SearchView.Choice(chosen, chosen, true));
        }
        return choices;
    }
}
