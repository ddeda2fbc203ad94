package press.masthead.admin;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import press.masthead.content.ArticleDraft;
import press.masthead.content.Image;

/**
 * What differs between two states of an article, for the revision view and a conflict answer: each changed field
 * with both values, and the body side by side, line by line. Texts stay plain here; whoever shows them escapes them.
 */
public record ArticleDiff(List<FieldChange> fields, List<BodyRow> body) {

    /** A field whose value differs; bylines, categories and tags are given as names. */
    public record FieldChange(String field, String label, String before, String after) {
    }

    /**
     * One line of the side-by-side body: {@code change} is equal, change, insert or delete; an inserted line has
     * no old text and a deleted one no new text.
     */
    public record BodyRow(String change, String before, String after) {
    }

    /** Turns ids into names for people to read. */
    public interface Names {
        String authors(List<Long> ids);

        String categories(List<Long> ids);

        String tags(List<Long> ids);
    }

    boolean isEmpty() {
        return fields.isEmpty() && body.stream().allMatch(row -> row.change().equals("equal"));
    }

    static ArticleDiff between(ArticleDraft before, ArticleDraft after, Names names) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "headline", "Headline", before, after, ArticleDraft::headline);
        compare(fields, "standfirst", "Standfirst", before, after, ArticleDraft::standfirst);
        compare(fields, "slug", "Slug", before, after, ArticleDraft::slug);
        compare(fields, "authors", "Authors", before, after, d -> names.authors(d.authorIds()));
        compare(fields, "categories", "Categories", before, after, d -> names.categories(categories(d)));
        compare(fields, "tags", "Tags", before, after, d -> names.tags(d.tagIds()));
        compare(fields, "featuredImage", "Featured image", before, after, d -> image(d.featuredImage()));
        compare(fields, "language", "Language", before, after, ArticleDraft::language);
        compare(fields, "seoTitle", "SEO title", before, after, ArticleDraft::seoTitle);
        compare(fields, "seoDescription", "SEO description", before, after, ArticleDraft::seoDescription);
        compare(fields, "canonicalUrl", "Canonical URL", before, after, ArticleDraft::canonicalUrl);
        compare(fields, "noindex", "Kept out of search engines", before, after, d -> yesNo(d.noindex()));
        compare(fields, "featured", "Featured", before, after, d -> yesNo(d.featured()));
        return new ArticleDiff(fields, body(text(before.bodySource()), text(after.bodySource())));
    }

    private static List<BodyRow> body(String before, String after) {
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(false)
                // Keep the text as written; the page escapes it, the JSON carries it.
                .lineNormalizer(line -> line)
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(before), lines(after));
        return rows.stream()
                .map(row -> new BodyRow(row.getTag().name().toLowerCase(Locale.ROOT), row.getOldLine(), row.getNewLine()))
                .toList();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }

    private static void compare(List<FieldChange> into, String field, String label, ArticleDraft before,
                                ArticleDraft after, Function<ArticleDraft, String> value) {
        String old = text(value.apply(before));
        String now = text(value.apply(after));
        if (!Objects.equals(old.strip(), now.strip())) {
            into.add(new FieldChange(field, label, old, now));
        }
    }

    private static List<Long> categories(ArticleDraft draft) {
        List<Long> all = new ArrayList<>();
        if (draft.primaryCategoryId() != null) {
            all.add(draft.primaryCategoryId());
        }
        draft.categoryIds().stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    private static String image(Image image) {
        if (image == null) {
            return "";
        }
        return List.of(image.url(), image.alt(), image.caption()).stream().filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
