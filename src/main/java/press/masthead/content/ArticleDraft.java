package press.masthead.content;

import java.time.Instant;
import java.util.List;

/**
 * What a writer or an importer hands in to create or change an article. A blank slug is made from the headline;
 * a published article without a time is published now. A featured article is one the site wants to keep in view
 * (WordPress's sticky posts).
 */
public record ArticleDraft(
        String headline,
        String standfirst,
        String slug,
        String bodySource,
        ArticleStatus status,
        Instant publishedAt,
        List<Long> authorIds,
        Long primaryCategoryId,
        List<Long> categoryIds,
        List<Long> tagIds,
        Image featuredImage,
        String language,
        String seoTitle,
        String seoDescription,
        String canonicalUrl,
        boolean noindex,
        boolean featured) {

    public ArticleDraft {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
    }

    /** The fields of a stored article in the shape a save takes: to compare with a save, or to save it again. */
    public static ArticleDraft of(Article a) {
        return new ArticleDraft(a.headline(), a.standfirst(), a.slug(), a.bodySource(), a.status(), a.publishedAt(),
                a.authors().stream().map(Author::id).toList(),
                a.primaryCategory() == null ? null : a.primaryCategory().id(),
                a.categories().stream().map(Category::id)
                        .filter(id -> a.primaryCategory() == null || id != a.primaryCategory().id()).toList(),
                a.tags().stream().map(Tag::id).toList(), a.featuredImage(), a.language(), a.seoTitle(),
                a.seoDescription(), a.canonicalUrl(), a.noindex(), a.featured());
    }
}
