package press.masthead.admin;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.Tag;

/**
 * The editor's form, both ways: the fields a browser posts read into an {@link ArticleEdit}, and the values the
 * form shows, from a stored article or from what the writer typed (kept when a save fails, so nothing is lost).
 * Tags are typed as names separated by commas; the primary category is chosen apart from the others.
 */
final class ArticleForm {
    private ArticleForm() {
    }

    static ArticleEdit read(Context ctx, ZoneId zone) {
        List<Long> categories = new ArrayList<>();
        Long primary = optionalId(ctx, "primaryCategory");
        if (primary != null) {
            categories.add(primary);
        }
        for (Long id : ids(ctx, "categories")) {
            if (!categories.contains(id)) {
                categories.add(id);
            }
        }
        String imageUrl = Forms.field(ctx, "imageUrl").strip();
        Optional<Image> image = imageUrl.isEmpty() ? Optional.empty() : Optional.of(new Image(imageUrl,
                Forms.field(ctx, "imageAlt").strip(), Forms.field(ctx, "imageCaption").strip()));
        String version = Forms.field(ctx, "version");
        return new ArticleEdit(Forms.field(ctx, "headline"), Forms.field(ctx, "standfirst"), Forms.field(ctx, "slug"),
                Forms.field(ctx, "body"), null, SiteTimes.parse("publishAt", Forms.field(ctx, "publishAt"), zone),
                ids(ctx, "authors"), categories, List.of(), tagNames(Forms.field(ctx, "tags")), image,
                Forms.field(ctx, "language"), Forms.field(ctx, "seoTitle"), Forms.field(ctx, "seoDescription"),
                Forms.field(ctx, "canonicalUrl"), ctx.formParam("noindex") != null, ctx.formParam("featured") != null,
                version.matches("[0-9]{1,9}") ? Integer.valueOf(version) : null);
    }

    static List<String> tagNames(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The values a stored article shows in the form. */
    static Map<String, Object> values(Article a, ZoneId zone) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("headline", a.headline());
        v.put("standfirst", a.standfirst());
        v.put("slug", a.slug());
        v.put("body", a.bodySource());
        v.put("authors", a.authors().stream().map(Author::id).toList());
        v.put("primaryCategory", a.primaryCategory() == null ? null : a.primaryCategory().id());
        v.put("categories", a.categories().stream().map(Category::id).toList());
        v.put("tags", a.tags().stream().map(Tag::name).collect(Collectors.joining(", ")));
        v.put("imageUrl", a.featuredImage() == null ? "" : a.featuredImage().url());
        v.put("imageAlt", a.featuredImage() == null ? "" : a.featuredImage().alt());
        v.put("imageCaption", a.featuredImage() == null ? "" : a.featuredImage().caption());
        v.put("seoTitle", a.seoTitle());
        v.put("seoDescription", a.seoDescription());
        v.put("language", a.language());
        v.put("canonicalUrl", a.canonicalUrl());
        v.put("noindex", a.noindex());
        v.put("featured", a.featured());
        v.put("publishAt", SiteTimes.local(a.publishedAt(), zone));
        v.put("version", a.version());
        return v;
    }

    /** The values the writer typed, shown again after a refused save. */
    static Map<String, Object> typed(Context ctx) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String field : List.of("headline", "standfirst", "slug", "body", "tags", "imageUrl", "imageAlt",
                "imageCaption", "seoTitle", "seoDescription", "language", "canonicalUrl", "publishAt", "version")) {
            v.put(field, Forms.field(ctx, field));
        }
        v.put("authors", safeIds(ctx, "authors"));
        v.put("primaryCategory", safeIds(ctx, "primaryCategory").stream().findFirst().orElse(null));
        v.put("categories", safeIds(ctx, "categories"));
        v.put("noindex", ctx.formParam("noindex") != null);
        v.put("featured", ctx.formParam("featured") != null);
        return v;
    }

    /** Ids posted under {@code name}; anything that is not an id is a 400 on that field. */
    static List<Long> ids(Context ctx, String name) {
        List<Long> ids = new ArrayList<>();
        for (String value : ctx.formParams(name)) {
            if (value.isBlank()) {
                continue;
            }
            if (!value.strip().matches("[0-9]{1,18}")) {
                throw new AdminException.Invalid(name, "'" + value + "' is not one of the choices.");
            }
            ids.add(Long.parseLong(value.strip()));
        }
        return ids;
    }

    private static List<Long> safeIds(Context ctx, String name) {
        return ctx.formParams(name).stream().filter(v -> v.strip().matches("[0-9]{1,18}"))
                .map(v -> Long.parseLong(v.strip())).toList();
    }

    private static Long optionalId(Context ctx, String name) {
        List<Long> ids = ids(ctx, name);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
