package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import press.masthead.content.ImportedId;
import press.masthead.content.ImportedIdStore;

/** The record of imported content in the {@code imported_ids} table. */
public final class JdbcImportedIdStore implements ImportedIdStore {
    private final Database database;

    public JdbcImportedIdStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<ImportedId> find(String source, String kind, String sourceId, String sourceGuid) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM imported_ids
                        WHERE source = :source AND kind = :kind AND source_id = :id AND source_guid = :guid""")
                .bind("source", source).bind("kind", kind).bind("id", sourceId).bind("guid", sourceGuid)
                .map((rs, ctx) -> importedId(rs)).findOne());
    }

    @Override
    public Optional<ImportedId> findByPath(String source, String sourcePath) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM imported_ids WHERE source = :source AND source_path = :path
                        ORDER BY kind, source_id LIMIT 1""")
                .bind("source", source).bind("path", sourcePath)
                .map((rs, ctx) -> importedId(rs)).findOne());
    }

    @Override
    public Optional<ImportedId> findById(String source, String kind, String sourceId) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM imported_ids WHERE source = :source AND kind = :kind AND source_id = :id
                        ORDER BY source_guid LIMIT 1""")
                .bind("source", source).bind("kind", kind).bind("id", sourceId)
                .map((rs, ctx) -> importedId(rs)).findOne());
    }

    @Override
    public void put(ImportedId id) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO imported_ids (source, kind, source_id, source_guid, source_path, target_id)
                        VALUES (:source, :kind, :sourceId, :sourceGuid, :sourcePath, :targetId)
                        ON CONFLICT (source, kind, source_id, source_guid)
                        DO UPDATE SET source_path = excluded.source_path, target_id = excluded.target_id""")
                .bindMethods(id).execute());
    }

    private static ImportedId importedId(ResultSet rs) throws SQLException {
        return new ImportedId(rs.getString("source"), rs.getString("kind"), rs.getString("source_id"),
                rs.getString("source_guid"), rs.getString("source_path"), rs.getLong("target_id"));
    }
}
