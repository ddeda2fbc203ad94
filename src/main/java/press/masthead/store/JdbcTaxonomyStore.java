package press.masthead.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.content.TaxonomyStore;

/** Tags and the category tree in the {@code tags} and {@code categories} tables. */
public final class JdbcTaxonomyStore implements TaxonomyStore {
    private final Database database;

    public JdbcTaxonomyStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Tag> findTag(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM tags WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Rows.tag(rs)).findOne());
    }

    @Override
    public Optional<Tag> findTagBySlug(String slug) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM tags WHERE slug = :slug")
                .bind("slug", slug).map((rs, ctx) -> Rows.tag(rs)).findOne());
    }

    @Override
    public long insertTag(Tag tag) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO tags (slug, name, description) VALUES (:slug, :name, :description) RETURNING id""")
                .bind("slug", tag.slug()).bind("name", tag.name()).bind("description", tag.description())
                .mapTo(Long.class).one());
    }

    @Override
    public void updateTag(Tag tag) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE tags SET slug = :slug, name = :name, description = :description WHERE id = :id")
                .bind("id", tag.id()).bind("slug", tag.slug()).bind("name", tag.name())
                .bind("description", tag.description()).execute());
    }

    @Override
    public List<Tag> allTags() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM tags ORDER BY id")
                .map((rs, ctx) -> Rows.tag(rs)).list());
    }

    @Override
    public Optional<Category> findCategory(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM categories WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Rows.category(rs)).findOne());
    }

    @Override
    public Optional<Category> findCategoryBySlug(String slug) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM categories WHERE slug = :slug")
                .bind("slug", slug).map((rs, ctx) -> Rows.category(rs)).findOne());
    }

    @Override
    public List<Category> allCategories() {
        List<Category> byId = database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM categories ORDER BY id")
                .map((rs, ctx) -> Rows.category(rs)).list());
        return parentsFirst(byId);
    }

    /** Orders the tree depth-first, each parent followed by its children, siblings by name. */
    private static List<Category> parentsFirst(List<Category> categories) {
        List<Category> ordered = new ArrayList<>();
        appendChildren(categories, null, ordered);
        return ordered;
    }

    private static void appendChildren(List<Category> all, Long parentId, List<Category> ordered) {
        all.stream()
                .filter(c -> parentId == null ? c.parentId() == null : parentId.equals(c.parentId()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(c -> {
                    ordered.add(c);
                    appendChildren(all, c.id(), ordered);
                });
    }

    @Override
    public long insertCategory(Category category) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO categories (slug, name, description, parent_id)
                        VALUES (:slug, :name, :description, :parent) RETURNING id""")
                .bind("slug", category.slug()).bind("name", category.name())
                .bind("description", category.description()).bind("parent", category.parentId())
                .mapTo(Long.class).one());
    }

    @Override
    public void updateCategory(Category category) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE categories SET slug = :slug, name = :name, description = :description, parent_id = :parent
                        WHERE id = :id""")
                .bind("id", category.id()).bind("slug", category.slug()).bind("name", category.name())
                .bind("description", category.description()).bind("parent", category.parentId()).execute());
    }
}
