package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import press.masthead.accounts.ApiToken;
import press.masthead.accounts.ApiTokenStore;

/** Personal API tokens in the {@code api_tokens} table, by the hash of the token. */
public final class JdbcApiTokenStore implements ApiTokenStore {
    private final Database database;

    public JdbcApiTokenStore(Database database) {
        this.database = database;
    }

    @Override
    public long insert(long accountId, String name, String tokenHash, Instant createdAt) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO api_tokens (account_id, name, token_hash, created_at)
                        VALUES (:account, :name, :hash, :createdAt) RETURNING id""")
                .bind("account", accountId).bind("name", name).bind("hash", tokenHash)
                .bind("createdAt", Times.toMillis(createdAt)).mapTo(Long.class).one());
    }

    @Override
    public Optional<ApiToken> findActive(String tokenHash) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public List<ApiToken> forAccount(long accountId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM api_tokens WHERE account_id = :account ORDER BY created_at DESC, id DESC")
                .bind("account", accountId).map((rs, ctx) -> token(rs)).list());
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> token(rs)).findOne());
    }

    @Override
    public void markUsed(long id, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                .bind("at", Times.toMillis(at)).bind("id", id).execute());
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", Times.toMillis(at)).bind("id", id).execute()) == 1;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                Times.read(rs, "created_at"), Times.read(rs, "last_used_at"), Times.read(rs, "revoked_at"));
    }
}
