package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaStore;

/** Media records in the {@code media_items} table. */
public final class JdbcMediaStore implements MediaStore {
    private final Database database;

    public JdbcMediaStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<MediaItem> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM media_items WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> item(rs)).findOne());
    }

    @Override
    public long insert(MediaItem item) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO media_items (url, file_path, original_url, title, alt, caption, description,
                            media_type, created_at)
                        VALUES (:url, :filePath, :originalUrl, :title, :alt, :caption, :description,
                            :mediaType, :createdAt)
                        RETURNING id""")
                .bindMap(columns(item)).mapTo(Long.class).one());
    }

    @Override
    public void update(MediaItem item) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE media_items SET url = :url, file_path = :filePath, original_url = :originalUrl,
                            title = :title, alt = :alt, caption = :caption, description = :description,
                            media_type = :mediaType, created_at = :createdAt
                        WHERE id = :id""")
                .bindMap(columns(item)).bind("id", item.id()).execute());
    }

    @Override
    public List<MediaItem> allAfter(long afterId, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM media_items WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit).map((rs, ctx) -> item(rs)).list());
    }

    private static Map<String, Object> columns(MediaItem item) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("url", item.url());
        columns.put("filePath", item.filePath());
        columns.put("originalUrl", item.originalUrl());
        columns.put("title", item.title());
        columns.put("alt", item.alt());
        columns.put("caption", item.caption());
        columns.put("description", item.description());
        columns.put("mediaType", item.mediaType());
        columns.put("createdAt", Times.toMillis(item.createdAt()));
        return columns;
    }

    private static MediaItem item(ResultSet rs) throws SQLException {
        return new MediaItem(rs.getLong("id"), rs.getString("url"), rs.getString("file_path"),
                rs.getString("original_url"), rs.getString("title"), rs.getString("alt"), rs.getString("caption"),
                rs.getString("description"), rs.getString("media_type"), Times.read(rs, "created_at"));
    }
}
