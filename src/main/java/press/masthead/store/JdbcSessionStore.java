package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import press.masthead.accounts.Session;
import press.masthead.accounts.SessionStore;

/** Sessions in the {@code sessions} table, keyed by the hash of their id. */
public final class JdbcSessionStore implements SessionStore {
    private final Database database;

    public JdbcSessionStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Session session) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO sessions (id_hash, account_id, csrf_token, second_factor_pending, created_at, last_seen_at)
                        VALUES (:idHash, :account, :csrf, :pending, :createdAt, :lastSeenAt)""")
                .bind("idHash", session.idHash()).bind("account", session.accountId())
                .bind("csrf", session.csrfToken()).bind("pending", session.secondFactorPending())
                .bind("createdAt", Times.toMillis(session.createdAt()))
                .bind("lastSeenAt", Times.toMillis(session.lastSeenAt())).execute());
    }

    @Override
    public Optional<Session> find(String idHash) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sessions WHERE id_hash = :idHash")
                .bind("idHash", idHash).map((rs, ctx) -> session(rs)).findOne());
    }

    @Override
    public void touch(String idHash, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :at WHERE id_hash = :idHash")
                .bind("at", Times.toMillis(at)).bind("idHash", idHash).execute());
    }

    @Override
    public void delete(String idHash) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :idHash")
                .bind("idHash", idHash).execute());
    }

    @Override
    public int deleteAllOf(long accountId) {
        return database.jdbi().withHandle(h -> h.createUpdate("DELETE FROM sessions WHERE account_id = :account")
                .bind("account", accountId).execute());
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "DELETE FROM sessions WHERE last_seen_at < :idle OR created_at < :created")
                .bind("idle", Times.toMillis(idleBefore)).bind("created", Times.toMillis(createdBefore)).execute());
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getString("id_hash"), rs.getLong("account_id"), rs.getString("csrf_token"),
                rs.getBoolean("second_factor_pending"), Times.read(rs, "created_at"), Times.read(rs, "last_seen_at"));
    }
}
