package press.masthead.feeds;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import press.masthead.content.ArticleFilter;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.SiteSettings;
import press.masthead.content.TaxonomyStore;
import press.masthead.site.PageRef;
import press.masthead.site.Permalinks;

/** Finds the list behind a feed path: the whole site, or a tag, category or author that exists. */
final class FeedScopes {
    private final TaxonomyStore taxonomy;
    private final AuthorStore authors;

    FeedScopes(TaxonomyStore taxonomy, AuthorStore authors) {
        this.taxonomy = taxonomy;
        this.authors = authors;
    }

    /** The scope of {@code list}, or empty when its tag, category or author does not exist. */
    Optional<FeedScope> find(PageRef list, SiteSettings site, Permalinks links) {
        if (list instanceof PageRef.Home) {
            String description = site.tagline().isBlank() ? site.title() : site.tagline();
            return Optional.of(new FeedScope(site.title(), description, links.home(), ArticleFilter.all()));
        } else if (list instanceof PageRef.TagArchive tag) {
            return taxonomy.findTagBySlug(tag.slug()).map(t -> new FeedScope(titled(t.name(), site),
                    t.description().isBlank() ? "Articles tagged " + t.name() : t.description(), links.tag(t),
                    ArticleFilter.tag(t.id())));
        } else if (list instanceof PageRef.CategoryArchive category) {
            return taxonomy.findCategoryBySlug(category.slugs().get(category.slugs().size() - 1))
                    .map(c -> category(c, site, links));
        } else if (list instanceof PageRef.AuthorArchive author) {
            return authors.findBySlug(author.slug()).map(a -> new FeedScope(titled(a.name(), site),
                    "Articles by " + a.name(), links.author(a), ArticleFilter.author(a.id())));
        }
        return Optional.empty();
    }

    private FeedScope category(Category category, SiteSettings site, Permalinks links) {
        List<Category> all = taxonomy.allCategories();
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return new FeedScope(titled(category.name(), site),
                category.description().isBlank() ? category.name() : category.description(),
                links.category(category, byId), ArticleFilter.categoryTree(category, all));
    }

    private static String titled(String listName, SiteSettings site) {
        return listName + " — " + site.title();
    }
}
