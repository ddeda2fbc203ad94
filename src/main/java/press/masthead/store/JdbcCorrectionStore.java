package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import press.masthead.content.Correction;
import press.masthead.content.CorrectionKind;
import press.masthead.content.CorrectionStore;

/** Notes on articles in the {@code corrections} table. */
public final class JdbcCorrectionStore implements CorrectionStore {
    private static final String CURRENT_ON_PUBLISHED = """
            FROM corrections c JOIN articles a ON a.id = c.article_id
            WHERE a.status = 'published'
              AND NOT EXISTS (SELECT 1 FROM corrections later WHERE later.replaces_id = c.id)""";

    private final Database database;

    public JdbcCorrectionStore(Database database) {
        this.database = database;
    }

    @Override
    public long insert(Correction correction) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO corrections (article_id, kind, text, created_at, replaces_id)
                        VALUES (:article, :kind, :text, :createdAt, :replaces) RETURNING id""")
                .bind("article", correction.articleId()).bind("kind", correction.kind().code())
                .bind("text", correction.text()).bind("createdAt", Times.toMillis(correction.createdAt()))
                .bind("replaces", correction.replaces())
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<Correction> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM corrections WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> correction(rs)).findOne());
    }

    @Override
    public List<Correction> forArticle(long articleId) {
        return forArticles(List.of(articleId));
    }

    @Override
    public List<Correction> forArticles(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM corrections WHERE article_id IN (<ids>) ORDER BY created_at DESC, id DESC")
                .bindList("ids", articleIds).map((rs, ctx) -> correction(rs)).list());
    }

    @Override
    public List<Correction> recent(int offset, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT c.* " + CURRENT_ON_PUBLISHED
                        + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> correction(rs)).list());
    }

    @Override
    public int countRecent() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) " + CURRENT_ON_PUBLISHED)
                .mapTo(Integer.class).one());
    }

    private static Correction correction(ResultSet rs) throws SQLException {
        long replacesId = rs.getLong("replaces_id");
        Long replaces = rs.wasNull() ? null : replacesId;
        return new Correction(rs.getLong("id"), rs.getLong("article_id"), CorrectionKind.fromCode(rs.getString("kind")),
                rs.getString("text"), Times.read(rs, "created_at"), replaces);
    }
}
