package press.masthead.content;

/** The rules for tags and categories: unique slugs, and categories whose parent exists. */
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
        return taxonomy.findTagBySlug(slug).orElseGet(() -> {
            long id = taxonomy.insertTag(new Tag(0, slug, tagName, ""));
            events.fire(new ContentEvent.SiteChanged());
            return taxonomy.findTag(id).orElseThrow();
        });
    }

    /** A new category; {@code parentId} null makes it top-level. Category slugs are unique across the tree. */
    public Category createCategory(String name, String description, Long parentId) {
        String categoryName = Articles.required("name", name);
        if (parentId != null && taxonomy.findCategory(parentId).isEmpty()) {
            throw new InvalidContentException("parent", "no category has id " + parentId);
        }
        String slug = Slugs.unique(Slugs.from(categoryName, "category"),
                candidate -> taxonomy.findCategoryBySlug(candidate).isPresent());
        long id = taxonomy.insertCategory(new Category(0, slug, categoryName, Articles.orEmpty(description).strip(), parentId));
        events.fire(new ContentEvent.SiteChanged());
        return taxonomy.findCategory(id).orElseThrow();
    }
}
