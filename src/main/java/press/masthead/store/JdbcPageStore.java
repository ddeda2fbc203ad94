package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.content.Page;
import press.masthead.content.PageStore;

/** Static pages in the {@code pages} table. */
public final class JdbcPageStore implements PageStore {
    private final Database database;

    public JdbcPageStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Page> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM pages WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> page(rs)).findOne());
    }

    @Override
    public Optional<Page> findBySlug(String slug) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM pages WHERE slug = :slug")
                .bind("slug", slug).map((rs, ctx) -> page(rs)).findOne());
    }

    @Override
    public boolean slugTaken(String slug, long exceptPageId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pages WHERE slug = :slug AND id <> :id")
                .bind("slug", slug).bind("id", exceptPageId).mapTo(Integer.class).one() > 0);
    }

    @Override
    public List<Page> published() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM pages WHERE published ORDER BY title, id")
                .map((rs, ctx) -> page(rs)).list());
    }

    @Override
    public List<Page> all() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM pages ORDER BY id")
                .map((rs, ctx) -> page(rs)).list());
    }

    @Override
    public long insert(Page page) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO pages (slug, title, body_source, body_html, published, published_at, updated_at,
                            language, seo_title, seo_description, noindex)
                        VALUES (:slug, :title, :bodySource, :bodyHtml, :published, :publishedAt, :updatedAt,
                            :language, :seoTitle, :seoDescription, :noindex)
                        RETURNING id""")
                .bindMap(columns(page)).mapTo(Long.class).one());
    }

    @Override
    public void update(Page page) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE pages SET slug = :slug, title = :title, body_source = :bodySource, body_html = :bodyHtml,
                            published = :published, published_at = :publishedAt, updated_at = :updatedAt,
                            language = :language, seo_title = :seoTitle, seo_description = :seoDescription,
                            noindex = :noindex
                        WHERE id = :id""")
                .bindMap(columns(page)).bind("id", page.id()).execute());
    }

    @Override
    public int countAll() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pages").mapTo(Integer.class).one());
    }

    private static Map<String, Object> columns(Page page) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("slug", page.slug());
        columns.put("title", page.title());
        columns.put("bodySource", page.bodySource());
        columns.put("bodyHtml", page.bodyHtml());
        columns.put("published", page.published());
        columns.put("publishedAt", Times.toMillis(page.publishedAt()));
        columns.put("updatedAt", Times.toMillis(page.updatedAt()));
        columns.put("language", page.language());
        columns.put("seoTitle", page.seoTitle());
        columns.put("seoDescription", page.seoDescription());
        columns.put("noindex", page.noindex());
        return columns;
    }

    private static Page page(ResultSet rs) throws SQLException {
        return new Page(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("body_source"),
                rs.getString("body_html"), rs.getBoolean("published"), Times.read(rs, "published_at"),
                Times.read(rs, "updated_at"), rs.getString("language"), rs.getString("seo_title"),
                rs.getString("seo_description"), rs.getBoolean("noindex"));
    }

    @Override
    public void delete(long id) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM pages WHERE id = :id").bind("id", id).execute());
    }
}
