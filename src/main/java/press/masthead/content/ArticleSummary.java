package press.masthead.content;

import java.time.Instant;

/**
 * A published article as a light row, for walking many articles at once (sitemaps): no byline, no taxonomy and
 * no body, except that {@code bodyHtmlIfImages} holds the body when it has an {@code <img>}, since those images
 * are listed too. It is empty for every other article, so a walk over thousands of them stays small.
 */
public record ArticleSummary(
        long id,
        String slug,
        String headline,
        String language,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        String canonicalUrl,
        String featuredImageUrl,
        String bodyHtmlIfImages,
        boolean noindex) {
}
