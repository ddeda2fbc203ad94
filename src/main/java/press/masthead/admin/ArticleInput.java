package press.masthead.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Image;

/**
 * An article as the Admin API takes it. Authors, categories and tags are given by id, or as the objects a GET
 * answers (their {@code id} is read); a tag may also be a name, created when it does not exist yet. A featured image
 * sent as null is taken off; one left out stays. The read-only
 * fields of a GET answer are ignored, so an article fetched, changed and sent back is accepted as it is.
 */
@JsonIgnoreProperties(value = {"id", "bodyHtml", "excerpt", "wordCount", "readingMinutes", "publishedAt", "updatedAt",
        "createdAt", "direction", "url", "ownerId", "allowed"})
record ArticleInput(String headline, String standfirst, String slug, String body, String status, String publishAt,
                    List<Object> authors, List<Object> categories, List<Object> tags, JsonNode featuredImage,
                    String language, String seoTitle, String seoDescription, String canonicalUrl, Boolean noindex,
                    Boolean featured, Integer version) {

    ArticleEdit edit(ZoneId zone) {
        List<Long> tagIds = tags == null ? null : new ArrayList<>();
        List<String> tagNames = tags == null ? null : new ArrayList<>();
        if (tags != null) {
            for (Object tag : tags) {
                if (tag instanceof String name) {
                    tagNames.add(name);
                } else {
                    tagIds.add(id("tags", tag));
                }
            }
        }
        return new ArticleEdit(headline, standfirst, slug, body, status(status), SiteTimes.parse("publishAt", publishAt, zone),
                ids("authors", authors), ids("categories", categories), tagIds, tagNames, image(featuredImage), language,
                seoTitle, seoDescription, canonicalUrl, noindex, featured, version);
    }

    /**
     * Left out: null, the image stays. Sent as null (Jackson gives a JSON null as a null node) or with an empty url:
     * empty, the image is taken off.
     */
    private static Optional<Image> image(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new AdminException.Invalid("featuredImage", "featuredImage is an object with url, alt and caption.");
        }
        String url = node.path("url").asText("").strip();
        return url.isEmpty() ? Optional.empty()
                : Optional.of(new Image(url, node.path("alt").asText("").strip(), node.path("caption").asText("").strip()));
    }

    static ArticleStatus status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new AdminException.Invalid("status", e.getMessage() + ".");
        }
    }

    private static List<Long> ids(String field, List<Object> values) {
        if (values == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (Object value : values) {
            ids.add(id(field, value));
        }
        return ids;
    }

    private static long id(String field, Object value) {
        Object id = value instanceof Map<?, ?> map ? map.get("id") : value;
        if (id instanceof Number number) {
            return number.longValue();
        }
        if (id instanceof String text && text.strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(text.strip());
        }
        throw new AdminException.Invalid(field, "Give " + field + " by id (a number), not " + value + ".");
    }
}
