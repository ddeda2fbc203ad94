package press.masthead.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.TaxonomyStore;
import press.masthead.output.ExportItem;
import press.masthead.output.ExportSource;
import press.masthead.site.FeedFormat;
import press.masthead.site.Permalinks;
import press.masthead.site.Rendition;
import press.masthead.web.RequestPaths;

/** Every feed for the static export (the site's and each tag's, category's and author's, in all three formats). */
public final class FeedExport implements ExportSource {
    private final FeedRenderer renderer;
    private final Supplier<Permalinks> permalinks;
    private final TaxonomyStore taxonomy;
    private final AuthorStore authors;

    public FeedExport(FeedRenderer renderer, Supplier<Permalinks> permalinks, TaxonomyStore taxonomy,
                      AuthorStore authors) {
        this.renderer = renderer;
        this.permalinks = permalinks;
        this.taxonomy = taxonomy;
        this.authors = authors;
    }

    @Override
    public List<ExportItem> items() {
        Permalinks links = permalinks.get();
        List<String> lists = new ArrayList<>(List.of(links.home()));
        taxonomy.allTags().forEach(tag -> lists.add(links.tag(tag)));
        List<Category> categories = taxonomy.allCategories();
        Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::id, c -> c));
        categories.forEach(category -> lists.add(links.category(category, byId)));
        authors.all().forEach(author -> lists.add(links.author(author)));
        List<ExportItem> items = new ArrayList<>();
        for (String list : lists) {
            for (FeedFormat format : FeedFormat.values()) {
                String path = links.feed(list, format);
                items.add(ExportItem.of(path, format.output(), () -> render(links, path)));
            }
        }
        return items;
    }

    private byte[] render(Permalinks links, String path) {
        return links.resolveFeed(RequestPaths.segments(path))
                .map(renderer::render)
                .filter(Rendition.Rendered.class::isInstance)
                .map(rendition -> ((Rendition.Rendered) rendition).page().body())
                .orElseThrow(() -> new IllegalStateException("The export found no feed at " + path));
    }
}
