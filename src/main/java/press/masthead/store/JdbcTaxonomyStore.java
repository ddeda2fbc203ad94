package press.masthead.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
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
    public List<Tag> searchTags(String text, int limit) {
        String lower = text.toLowerCase(Locale.ROOT);
        // '!' escapes LIKE's wildcards: a backslash before a quote would be read by JDBI as an escape.
        String escaped = lower.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM tags
                        WHERE lower(name) LIKE :anywhere ESCAPE '!' OR slug LIKE :anywhere ESCAPE '!'
                        ORDER BY CASE WHEN lower(name) LIKE :start ESCAPE '!' THEN 0 ELSE 1 END, lower(name), id
                        LIMIT :limit""")
                .bind("anywhere", "%" + escaped + "%").bind("start", escaped + "%").bind("limit", limit)
                .map((rs, ctx) -> Rows.tag(rs)).list());
    }

    @Override
    public Map<Long, Integer> tagArticleCounts() {
        return counts("SELECT tag_id AS id, COUNT(*) AS n FROM article_tags GROUP BY tag_id");
    }

    @Override
    public Map<Long, Integer> categoryArticleCounts() {
        return counts("""
                SELECT id, COUNT(*) AS n FROM (
                    SELECT category_id AS id, article_id FROM article_categories
                    UNION SELECT primary_category_id AS id, id AS article_id FROM articles
                    WHERE primary_category_id IS NOT NULL) filed
                GROUP BY id""");
    }

    private Map<Long, Integer> counts(String sql) {
        Map<Long, Integer> counts = new HashMap<>();
        database.jdbi().useHandle(h -> h.createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    @Override
    public void replaceTag(long id, Long replacementId) {
        database.jdbi().useTransaction(h -> {
            holdArticleSaves(h);
            if (replacementId != null) {
                h.createUpdate("""
                                INSERT INTO article_tags (article_id, tag_id, position)
                                SELECT article_id, :into, position FROM article_tags
                                WHERE tag_id = :from
                                  AND article_id NOT IN (SELECT article_id FROM article_tags WHERE tag_id = :into)""")
                        .bind("from", id).bind("into", replacementId).execute();
            }
            h.createUpdate("DELETE FROM article_tags WHERE tag_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM tags WHERE id = :id").bind("id", id).execute();
        });
    }

    @Override
    public void replaceCategory(long id, Long replacementId, Long childrenParentId) {
        database.jdbi().useTransaction(h -> {
            holdArticleSaves(h);
            if (replacementId != null) {
                h.createUpdate("""
                                INSERT INTO article_categories (article_id, category_id, position)
                                SELECT article_id, :into, position FROM article_categories
                                WHERE category_id = :from
                                  AND article_id NOT IN (SELECT article_id FROM article_categories WHERE category_id = :into)""")
                        .bind("from", id).bind("into", replacementId).execute();
            }
            h.createUpdate("UPDATE articles SET primary_category_id = :into WHERE primary_category_id = :from")
                    .bind("from", id).bind("into", replacementId).execute();
            h.createUpdate("DELETE FROM article_categories WHERE category_id = :id").bind("id", id).execute();
            h.createUpdate("UPDATE categories SET parent_id = :parent WHERE parent_id = :id")
                    .bind("id", id).bind("parent", childrenParentId).execute();
            h.createUpdate("DELETE FROM categories WHERE id = :id").bind("id", id).execute();
        });
    }

    /**
     * An article saved meanwhile rewrites its tag and category links. On PostgreSQL the move could then copy a
     * link the save had just written, and fail on the duplicate, or delete a tag the save had just linked. Saves
     * hold their article's row first, so holding the table makes a move and the saves take turns, as on SQLite.
     */
    private void holdArticleSaves(Handle h) {
        database.dialect().lockTable(h, "articles");
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
