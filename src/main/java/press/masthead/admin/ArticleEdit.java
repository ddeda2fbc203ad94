package press.masthead.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Image;

/**
 * What a writer sends from the editor or the API, before tag names become tags: the article's fields, the status
 * asked for with the time to publish at, and the version edited (null on create). A field left null keeps the
 * article's current value (on create: none), so an API client may send only what it changes.
 *
 * @param categoryIds the primary category first
 * @param tagIds      existing tags
 * @param tagNames    tags by name, created when they do not exist yet
 * @param featuredImage null keeps the image; empty takes it off
 */
record ArticleEdit(String headline, String standfirst, String slug, String body, ArticleStatus status,
                   Instant publishAt, List<Long> authorIds, List<Long> categoryIds, List<Long> tagIds,
                   List<String> tagNames, Optional<Image> featuredImage, String language, String seoTitle,
                   String seoDescription, String canonicalUrl, Boolean noindex, Boolean featured, Integer version) {

    /** Only a time and a version: what a workflow step carries. */
    static ArticleEdit step(ArticleStatus status, Instant publishAt, Integer version) {
        return new ArticleEdit(null, null, null, null, status, publishAt, null, null, null, null, null, null, null,
                null, null, null, null, version);
    }

    ArticleEdit withAuthors(List<Long> authors) {
        return new ArticleEdit(headline, standfirst, slug, body, status, publishAt, authors, categoryIds, tagIds,
                tagNames, featuredImage, language, seoTitle, seoDescription, canonicalUrl, noindex, featured, version);
    }
}
