package press.masthead.admin.taxonomy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.content.Taxonomies;

/**
 * What the admin may do with tags and categories, for the API and the forms alike. Anyone who writes articles may
 * read them (the editor offers them); changing them takes {@link Permission#MANAGE_TAXONOMIES}, and every change
 * is written to the audit log.
 */
public final class TaxonomyAdmin {
    static final int AUTOCOMPLETE_LIMIT = 10;

    private final Taxonomies taxonomies;
    private final AuditLog audit;
    private final ArchivePaths paths;

    public TaxonomyAdmin(Taxonomies taxonomies, AuditLog audit, ArchivePaths paths) {
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.paths = paths;
    }

    List<TagRow> tags(Principal who) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        Map<Long, Integer> counts = taxonomies.tagArticleCounts();
        return taxonomies.allTags().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(tag -> new TagRow(tag, paths.tag(tag), counts.getOrDefault(tag.id(), 0))).toList();
    }

    List<Tag> findTags(Principal who, String text, int limit) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        return taxonomies.findTags(text, limit);
    }

    TagRow tag(Principal who, long id) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        Tag tag = taxonomies.findTag(id).orElseThrow(() -> new AdminException.NotFound("There is no tag with id " + id + "."));
        return new TagRow(tag, paths.tag(tag), taxonomies.tagArticleCounts().getOrDefault(id, 0));
    }

    Tag createTag(Principal who, String name, String slug, String description, String ip) {
        who.require(Permission.MANAGE_TAXONOMIES);
        Tag tag = taxonomies.createTag(name, slug, description);
        audit.record(who.account(), "tag.created", label(tag), "", ip);
        return tag;
    }

    Tag updateTag(Principal who, long id, String name, String slug, String description, String ip) {
        Tag before = tag(who, id).tag();
        who.require(Permission.MANAGE_TAXONOMIES);
        Tag after = taxonomies.updateTag(id, name, slug, description);
        audit.record(who.account(), "tag.updated", label(after), "was " + label(before), ip);
        return after;
    }

    Tag mergeTag(Principal who, long id, long intoId, String ip) {
        Tag merged = tag(who, id).tag();
        who.require(Permission.MANAGE_TAXONOMIES);
        Tag into = taxonomies.mergeTag(id, intoId);
        audit.record(who.account(), "tag.merged", label(merged), "into " + label(into), ip);
        return into;
    }

    Tag deleteTag(Principal who, long id, Long replacementId, String ip) {
        tag(who, id);
        who.require(Permission.MANAGE_TAXONOMIES);
        Tag deleted = taxonomies.deleteTag(id, replacementId);
        String detail = replacementId == null ? "" : "articles moved to " + label(taxonomies.findTag(replacementId).orElseThrow());
        audit.record(who.account(), "tag.deleted", label(deleted), detail, ip);
        return deleted;
    }

    /** Every category, each parent followed by its children, with depth, path and article count. */
    List<CategoryRow> categories(Principal who) {
        who.require(Permission.EDIT_OWN_ARTICLES);
        List<Category> all = taxonomies.allCategories();
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Integer> counts = taxonomies.categoryArticleCounts();
        List<CategoryRow> rows = new ArrayList<>(all.size());
        for (Category category : all) {
            rows.add(new CategoryRow(category, depth(category, byId), paths.category(category, byId),
                    counts.getOrDefault(category.id(), 0)));
        }
        return rows;
    }

    CategoryRow category(Principal who, long id) {
        return categories(who).stream().filter(row -> row.category().id() == id).findFirst()
                .orElseThrow(() -> new AdminException.NotFound("There is no category with id " + id + "."));
    }

    /** The categories {@code id} may move under: all but itself and those inside it. */
    List<CategoryRow> possibleParents(Principal who, long id) {
        List<CategoryRow> all = categories(who);
        Set<Long> inside = new HashSet<>(Set.of(id));
        for (CategoryRow row : all) {
            // Parents come before their children, so one pass finds the whole subtree.
            if (row.category().parentId() != null && inside.contains(row.category().parentId())) {
                inside.add(row.category().id());
            }
        }
        return all.stream().filter(row -> !inside.contains(row.category().id())).toList();
    }

    Category createCategory(Principal who, String name, String slug, String description, Long parentId, String ip) {
        who.require(Permission.MANAGE_TAXONOMIES);
        Category category = taxonomies.createCategory(name, slug, description, parentId);
        audit.record(who.account(), "category.created", label(category), "", ip);
        return category;
    }

    Category updateCategory(Principal who, long id, String name, String slug, String description, Long parentId,
                            String ip) {
        CategoryRow before = category(who, id);
        who.require(Permission.MANAGE_TAXONOMIES);
        Category after = taxonomies.updateCategory(id, name, slug, description, parentId);
        audit.record(who.account(), "category.updated", label(after), "was " + before.path(), ip);
        return after;
    }

    Category mergeCategory(Principal who, long id, long intoId, String ip) {
        CategoryRow merged = category(who, id);
        who.require(Permission.MANAGE_TAXONOMIES);
        Category into = taxonomies.mergeCategory(id, intoId);
        audit.record(who.account(), "category.merged", merged.path(), "into " + label(into), ip);
        return into;
    }

    Category deleteCategory(Principal who, long id, Long replacementId, String ip) {
        CategoryRow deleted = category(who, id);
        who.require(Permission.MANAGE_TAXONOMIES);
        taxonomies.deleteCategory(id, replacementId);
        String detail = replacementId == null ? ""
                : "articles moved to " + label(taxonomies.findCategory(replacementId).orElseThrow());
        audit.record(who.account(), "category.deleted", deleted.path(), detail, ip);
        return deleted.category();
    }

    private static int depth(Category category, Map<Long, Category> byId) {
        int depth = 0;
        Set<Long> seen = new HashSet<>();
        Category current = category;
        while (current.parentId() != null && seen.add(current.id()) && byId.containsKey(current.parentId())) {
            current = byId.get(current.parentId());
            depth++;
        }
        return depth;
    }

    private static String label(Tag tag) {
        return tag.name() + " (" + tag.slug() + ")";
    }

    private static String label(Category category) {
        return category.name() + " (" + category.slug() + ")";
    }
}
