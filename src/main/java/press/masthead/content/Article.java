package press.masthead.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A news article as stored. {@code bodyHtml} is rendered and sanitized from {@code bodySource} when the article
 * is saved, so reading an article never renders Markdown. A {@code noindex} article is public but asks search
 * engines to leave it out, and no sitemap lists it. {@code version} moves on with every save, so a save made over an
 * older version is refused; {@code ownerId} is the account that created it (null for imported or demo content).
 */
public record Article(
        long id,
        String slug,
        String headline,
        String standfirst,
        String bodySource,
        String bodyHtml,
        String excerpt,
        int wordCount,
        ArticleStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        List<Author> authors,
        Category primaryCategory,
        List<Category> categories,
        List<Tag> tags,
        Image featuredImage,
        String language,
        String seoTitle,
        String seoDescription,
        String canonicalUrl,
        boolean noindex,
        boolean featured,
        int version,
        Long ownerId) {

    public Article {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    public boolean isPublic() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** True when the article was changed after it was first published, so readers should see both times. */
    public boolean wasUpdatedAfterPublishing() {
        return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
    }

    public Optional<Image> image() {
        return Optional.ofNullable(featuredImage);
    }
}
