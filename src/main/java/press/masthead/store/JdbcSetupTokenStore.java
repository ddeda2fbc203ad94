package press.masthead.store;

import java.time.Instant;
import press.masthead.accounts.SetupTokenStore;

/** One-time setup links in the {@code setup_tokens} table. */
public final class JdbcSetupTokenStore implements SetupTokenStore {
    private final Database database;

    public JdbcSetupTokenStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(String tokenHash, Instant expiresAt) {
        database.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO setup_tokens (token_hash, expires_at) VALUES (:hash, :expires)")
                .bind("hash", tokenHash).bind("expires", Times.toMillis(expiresAt)).execute());
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        // One UPDATE decides: of two requests racing with the same link, only one changes a row.
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE setup_tokens SET used_at = :now
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", Times.toMillis(now)).execute()) == 1;
    }

    @Override
    public boolean isUsable(String tokenHash, Instant now) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM setup_tokens
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", Times.toMillis(now)).mapTo(Integer.class).one()) == 1;
    }
}
