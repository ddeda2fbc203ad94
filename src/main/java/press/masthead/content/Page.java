package press.masthead.content;

import java.time.Instant;

/**
 * A static page such as "About us": no byline, no date in its URL, not part of the article lists. A
 * {@code noindex} page asks search engines to leave it out.
 */
public record Page(
        long id,
        String slug,
        String title,
        String bodySource,
        String bodyHtml,
        boolean published,
        Instant publishedAt,
        Instant updatedAt,
        String language,
        String seoTitle,
        String seoDescription,
        boolean noindex) {
}
