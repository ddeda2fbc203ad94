package press.masthead.site;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import press.masthead.content.Category;
import press.masthead.content.ContentEvent;
import press.masthead.content.RedirectStore;

/**
 * Keeps old URLs working: when a public article's URL changes (a new slug, a corrected date), a static page gets a
 * new slug, or a tag or category archive moves (renamed or merged into another), the old path answers 301 to the
 * new one from then on.
 */
public final class SlugChangeRedirects implements Consumer<ContentEvent> {
    private final Supplier<Permalinks> permalinks;
    private final RedirectStore redirects;

    public SlugChangeRedirects(Supplier<Permalinks> permalinks, RedirectStore redirects) {
        this.permalinks = permalinks;
        this.redirects = redirects;
    }

    @Override
    public void accept(ContentEvent event) {
        // Permalinks are fetched per branch: they read the settings, which most events (a new article) never need.
        if (event instanceof ContentEvent.ArticleChanged changed) {
            Permalinks links = permalinks.get();
            moved(links.article(changed.before()), links.article(changed.after()));
        } else if (event instanceof ContentEvent.PageChanged changed && changed.before() != null
                && changed.before().published()) {
            Permalinks links = permalinks.get();
            moved(links.page(changed.before()), links.page(changed.after()));
        } else if (event instanceof ContentEvent.TagMoved tag) {
            Permalinks links = permalinks.get();
            moved(links.tag(tag.from()), links.tag(tag.to()));
        } else if (event instanceof ContentEvent.CategoryMoved category) {
            Permalinks links = permalinks.get();
            moved(categoryPath(links, category.from()), categoryPath(links, category.to()));
        }
    }

    private void moved(String oldPath, String newPath) {
        if (!oldPath.equals(newPath)) {
            redirects.put(oldPath, newPath);
        }
    }

    private static String categoryPath(Permalinks links, List<Category> lineage) {
        Map<Long, Category> byId = lineage.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return links.category(lineage.get(lineage.size() - 1), byId);
    }
}
