package press.masthead.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for tags and categories: unique slugs, categories whose parent exists and is not their own child, and
 * merging or deleting one without leaving an article pointing at nothing.
 */
public final class Taxonomies {
    private final TaxonomyStore taxonomy;
    private final ContentEvents events;

    public Taxonomies(TaxonomyStore taxonomy, ContentEvents events) {
        this.taxonomy = taxonomy;
        this.events = events;
    }

    /** The tag with this name's slug, created when it does not exist yet. */
    public Tag tag(String name) {
        String tagName = Articles.required("tag", name);
        String slug = Slugs.from(tagName, "tag");
        return taxonomy.findTagBySlug(slug).orElseGet(() -> insertTag(new Tag(0, slug, tagName, "")));
    }

    /** A new tag under a slug of its own, such as one an importer keeps from the old site. */
    public Tag createTag(String name, String slug, String description) {
        String tagName = Articles.required("name", name);
        String tagSlug = requestedSlug(slug, tagName, "tag");
        if (taxonomy.findTagBySlug(tagSlug).isPresent()) {
            throw new SlugTakenException("slug", "'" + tagSlug + "' is already used by another tag");
        }
        return insertTag(new Tag(0, tagSlug, tagName, Articles.orEmpty(description).strip()));
    }

    /** Renames or redescribes a tag; its slug stays. */
    public Tag updateTag(long id, String name, String description) {
        return updateTag(id, name, "", description);
    }

    /**
     * Renames a tag, its slug too unless {@code slug} is blank; listeners are told when its archive moved so the
     * old address can keep answering.
     */
    public Tag updateTag(long id, String name, String slug, String description) {
        Tag before = requireTag("id", id);
        String tagName = Articles.required("name", name);
        String tagSlug = Articles.orEmpty(slug).isBlank() ? before.slug() : requestedSlug(slug, tagName, "tag");
        if (!tagSlug.equals(before.slug()) && taxonomy.findTagBySlug(tagSlug).isPresent()) {
            throw new SlugTakenException("slug", "'" + tagSlug + "' is already used by another tag");
        }
        taxonomy.updateTag(new Tag(id, tagSlug, tagName, Articles.orEmpty(description).strip()));
        Tag after = taxonomy.findTag(id).orElseThrow();
        events.fire(after.slug().equals(before.slug()) ? new ContentEvent.SiteChanged()
                : new ContentEvent.TagMoved(before, after));
        return after;
    }

    /** Moves every article of one tag to another and removes the first; its archive then leads to the other's. */
    public Tag mergeTag(long id, long intoId) {
        Tag merged = requireTag("id", id);
        Tag into = requireTag("into", intoId);
        if (id == intoId) {
            throw new InvalidContentException("into", "a tag cannot be merged into itself; choose another tag");
        }
        taxonomy.replaceTag(id, intoId);
        events.fire(new ContentEvent.TagMoved(merged, into));
        return into;
    }

    /** Removes a tag; its articles get {@code replacementId} instead, or lose it when that is null. */
    public Tag deleteTag(long id, Long replacementId) {
        Tag deleted = requireTag("id", id);
        if (replacementId != null) {
            requireTag("replacement", replacementId);
            if (replacementId == id) {
                throw new InvalidContentException("replacement", "choose a tag other than the one being deleted");
            }
        }
        taxonomy.replaceTag(id, replacementId);
        events.fire(new ContentEvent.SiteChanged());
        return deleted;
    }

    /** Tags whose name or slug contains {@code text}, names starting with it first: for autocomplete. */
    public List<Tag> findTags(String text, int limit) {
        String query = Articles.orEmpty(text).strip();
        return query.isEmpty() ? List.of() : taxonomy.searchTags(query, limit);
    }

    public List<Tag> allTags() {
        return taxonomy.allTags();
    }

    public Optional<Tag> findTag(long id) {
        return taxonomy.findTag(id);
    }

    private Tag requireTag(String field, long id) {
        return taxonomy.findTag(id).orElseThrow(() -> new InvalidContentException(field, "no tag has id " + id));
    }

    private Tag insertTag(Tag tag) {
        long id = taxonomy.insertTag(tag);
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findTag(id).orElseThrow();
    }

    /** A new category; {@code parentId} null makes it top-level. Category slugs are unique across the tree. */
    public Category createCategory(String name, String description, Long parentId) {
        return createCategory(name, "", description, parentId);
    }

    /** A new category under the requested slug, or one made from its name when {@code slug} is blank. */
    public Category createCategory(String name, String slug, String description, Long parentId) {
        String categoryName = Articles.required("name", name);
        requireParent(parentId);
        String categorySlug;
        if (Articles.orEmpty(slug).isBlank()) {
            categorySlug = Slugs.unique(Slugs.from(categoryName, "category"),
                    candidate -> taxonomy.findCategoryBySlug(candidate).isPresent());
        } else {
            categorySlug = requestedSlug(slug, categoryName, "category");
            if (taxonomy.findCategoryBySlug(categorySlug).isPresent()) {
                throw new SlugTakenException("slug", "'" + categorySlug + "' is already used by another category");
            }
        }
        long id = taxonomy.insertCategory(new Category(0, categorySlug, categoryName,
                Articles.orEmpty(description).strip(), parentId));
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findCategory(id).orElseThrow();
    }

    /** Renames, redescribes or moves a category; its slug stays, so its URL only changes when its parent does. */
    public Category updateCategory(long id, String name, String description, Long parentId) {
        return updateCategory(id, name, "", description, parentId);
    }

    /**
     * Renames, redescribes or moves a category, its slug too unless {@code slug} is blank. A category cannot move
     * under itself or one of its own subcategories. Listeners are told when its archive moved.
     */
    public Category updateCategory(long id, String name, String slug, String description, Long parentId) {
        Category before = requireCategory("id", id);
        String categoryName = Articles.required("name", name);
        requireParent(parentId);
        if (parentId != null && isSelfOrDescendant(parentId, id)) {
            throw new InvalidContentException("parent", "'" + taxonomy.findCategory(parentId).orElseThrow().name()
                    + "' lies inside '" + before.name() + "'; a category cannot be moved under itself");
        }
        String categorySlug = Articles.orEmpty(slug).isBlank() ? before.slug()
                : requestedSlug(slug, categoryName, "category");
        if (!categorySlug.equals(before.slug()) && taxonomy.findCategoryBySlug(categorySlug).isPresent()) {
            throw new SlugTakenException("slug", "'" + categorySlug + "' is already used by another category");
        }
        List<Category> lineageBefore = lineage(before);
        taxonomy.updateCategory(new Category(id, categorySlug, categoryName, Articles.orEmpty(description).strip(),
                parentId));
        Category after = taxonomy.findCategory(id).orElseThrow();
        boolean moved = !categorySlug.equals(before.slug()) || !Objects.equals(parentId, before.parentId());
        events.fire(moved ? new ContentEvent.CategoryMoved(lineageBefore, lineage(after))
                : new ContentEvent.SiteChanged());
        return after;
    }

    /**
     * Moves every article of one category to another and removes the first; its subcategories move under the
     * other, and its archive then leads to the other's. Merging into one of its own subcategories is refused.
     */
    public Category mergeCategory(long id, long intoId) {
        Category merged = requireCategory("id", id);
        Category into = requireCategory("into", intoId);
        if (isSelfOrDescendant(intoId, id)) {
            throw new InvalidContentException("into", id == intoId
                    ? "a category cannot be merged into itself; choose another category"
                    : "'" + into.name() + "' lies inside '" + merged.name() + "'; merge into a category outside it");
        }
        List<Category> lineageBefore = lineage(merged);
        taxonomy.replaceCategory(id, intoId, intoId);
        events.fire(new ContentEvent.CategoryMoved(lineageBefore, lineage(into)));
        return into;
    }

    /**
     * Removes a category. Its articles move to {@code replacementId}, which is required when it has any; its
     * subcategories move up to its parent.
     */
    public Category deleteCategory(long id, Long replacementId) {
        Category deleted = requireCategory("id", id);
        if (replacementId != null) {
            requireCategory("replacement", replacementId);
            if (replacementId == id) {
                throw new InvalidContentException("replacement", "choose a category other than the one being deleted");
            }
        } else {
            int articles = taxonomy.categoryArticleCounts().getOrDefault(id, 0);
            if (articles > 0) {
                throw new InvalidContentException("replacement", articles + (articles == 1 ? " article is" : " articles are")
                        + " in '" + deleted.name() + "'; choose the category they move to");
            }
        }
        taxonomy.replaceCategory(id, replacementId, deleted.parentId());
        events.fire(new ContentEvent.SiteChanged());
        return deleted;
    }

    /** Every category, parents before their children. */
    public List<Category> allCategories() {
        return taxonomy.allCategories();
    }

    public Optional<Category> findCategory(long id) {
        return taxonomy.findCategory(id);
    }

    /** How many articles, in any state, each tag has; tags without any are missing. */
    public Map<Long, Integer> tagArticleCounts() {
        return taxonomy.tagArticleCounts();
    }

    /** How many articles, in any state, are filed under each category itself (not its subcategories). */
    public Map<Long, Integer> categoryArticleCounts() {
        return taxonomy.categoryArticleCounts();
    }

    /** The category and its ancestors, top-level first. */
    public List<Category> lineage(Category category) {
        List<Category> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Category current = category;
        while (current != null && seen.add(current.id())) {
            chain.add(0, current);
            current = current.parentId() == null ? null : taxonomy.findCategory(current.parentId()).orElse(null);
        }
        return chain;
    }

    private Category requireCategory(String field, long id) {
        return taxonomy.findCategory(id)
                .orElseThrow(() -> new InvalidContentException(field, "no category has id " + id));
    }

    private void requireParent(Long parentId) {
        if (parentId != null && taxonomy.findCategory(parentId).isEmpty()) {
            throw new InvalidContentException("parent", "no category has id " + parentId);
        }
    }

    private boolean isSelfOrDescendant(long candidateId, long ancestorId) {
        Set<Long> seen = new HashSet<>();
        Long current = candidateId;
        while (current != null && seen.add(current)) {
            if (current == ancestorId) {
                return true;
            }
            current = taxonomy.findCategory(current).map(Category::parentId).orElse(null);
        }
        return false;
    }

    private static String requestedSlug(String slug, String name, String fallback) {
        String requested = Articles.orEmpty(slug).strip();
        return Slugs.from(requested.isEmpty() ? name : requested, fallback);
    }
}
