package press.masthead.content;

import java.util.HashSet;
import java.util.Set;

/** The rules for tags and categories: unique slugs, and categories whose parent exists and is not their own child. */
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
            throw new InvalidContentException("slug", "'" + tagSlug + "' is already used by another tag");
        }
        return insertTag(new Tag(0, tagSlug, tagName, Articles.orEmpty(description).strip()));
    }

    public Tag updateTag(long id, String name, String description) {
        Tag before = taxonomy.findTag(id).orElseThrow(() -> new InvalidContentException("id", "no tag has id " + id));
        taxonomy.updateTag(new Tag(id, before.slug(), Articles.required("name", name),
                Articles.orEmpty(description).strip()));
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findTag(id).orElseThrow();
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
                throw new InvalidContentException("slug", "'" + categorySlug + "' is already used by another category");
            }
        }
        long id = taxonomy.insertCategory(new Category(0, categorySlug, categoryName,
                Articles.orEmpty(description).strip(), parentId));
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findCategory(id).orElseThrow();
    }

    /** Renames, redescribes or moves a category; its slug stays, so its URL only changes when its parent does. */
    public Category updateCategory(long id, String name, String description, Long parentId) {
        Category before = taxonomy.findCategory(id)
                .orElseThrow(() -> new InvalidContentException("id", "no category has id " + id));
        requireParent(parentId);
        if (parentId != null && isSelfOrDescendant(parentId, id)) {
            throw new InvalidContentException("parent", "category " + parentId + " lies inside '" + before.name()
                    + "'; a category cannot be moved under itself");
        }
        taxonomy.updateCategory(new Category(id, before.slug(), Articles.required("name", name),
                Articles.orEmpty(description).strip(), parentId));
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findCategory(id).orElseThrow();
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
