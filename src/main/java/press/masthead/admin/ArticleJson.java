package press.masthead.admin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.masthead.accounts.ArticleAction;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.Tag;
import press.masthead.site.TextDirection;

/**
 * An article as the Admin API answers it: every editable field, the version to send back with a change, its public
 * address, and what the caller may do with it ({@code allowed}), so a client can hide what would be refused.
 */
record ArticleJson(long id, int version, String status, String headline, String standfirst, String slug,
                   String body, String bodyHtml, String excerpt, int wordCount, int readingMinutes,
                   Instant publishedAt, Instant updatedAt, Instant createdAt, List<Named> authors,
                   List<Named> categories, List<Named> tags, Image featuredImage, String language, String direction,
                   String seoTitle, String seoDescription, String canonicalUrl, boolean noindex, boolean featured,
                   String url, Long ownerId, Map<String, Boolean> allowed) {

    /** An author, category or tag by id and name; a category's parent too. */
    record Named(long id, String name, Long parentId) {
    }

    /** Reading speed for the reading time: a common estimate for news text. */
    static final int WORDS_PER_MINUTE = 220;

    static ArticleJson of(Article a, Principal principal, String url) {
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (ArticleAction action : ArticleAction.values()) {
            allowed.put(action.name().toLowerCase(Locale.ROOT), ArticleDesk.allows(principal, a, action));
        }
        return new ArticleJson(a.id(), a.version(), a.status().code(), a.headline(), a.standfirst(), a.slug(),
                a.bodySource(), a.bodyHtml(), a.excerpt(), a.wordCount(), readingMinutes(a.wordCount()),
                a.publishedAt(), a.updatedAt(), a.createdAt(),
                a.authors().stream().map(ArticleJson::named).toList(),
                a.categories().stream().map(ArticleJson::named).toList(),
                a.tags().stream().map(ArticleJson::named).toList(), a.featuredImage(), a.language(),
                TextDirection.of(a.language()), a.seoTitle(), a.seoDescription(), a.canonicalUrl(), a.noindex(),
                a.featured(), url, a.ownerId(), allowed);
    }

    static int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static Named named(Author author) {
        return new Named(author.id(), author.name(), null);
    }

    private static Named named(Category category) {
        return new Named(category.id(), category.name(), category.parentId());
    }

    private static Named named(Tag tag) {
        return new Named(tag.id(), tag.name(), null);
    }
}
