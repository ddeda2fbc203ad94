package press.masthead.importer.wordpress;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import press.masthead.content.ArticleStore;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaStore;
import press.masthead.content.PageStore;
import press.masthead.content.TaxonomyStore;
import press.masthead.site.Permalinks;

/** Where an imported record lives now, asked of {@link Permalinks} (media records carry their own URL). */
final class NewUrls {
    private final Permalinks permalinks;
    private final ArticleStore articles;
    private final PageStore pages;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final MediaStore media;

    NewUrls(Permalinks permalinks, ArticleStore articles, PageStore pages, AuthorStore authors, TaxonomyStore taxonomy,
            MediaStore media) {
        this.permalinks = permalinks;
        this.articles = articles;
        this.pages = pages;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.media = media;
    }

    Permalinks permalinks() {
        return permalinks;
    }

    Optional<String> of(SourceKind kind, long id) {
        return switch (kind) {
            case ARTICLE -> articles.findById(id).map(permalinks::article);
            case PAGE -> pages.findById(id).map(permalinks::page);
            case MEDIA -> media.findById(id).map(MediaItem::url);
            case CATEGORY -> taxonomy.findCategory(id).map(category -> permalinks.category(category, categoriesById()));
            case TAG -> taxonomy.findTag(id).map(permalinks::tag);
            case AUTHOR -> authors.findById(id).map(permalinks::author);
            case COMMENT -> Optional.empty();
        };
    }

    private Map<Long, Category> categoriesById() {
        return taxonomy.allCategories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }
}
