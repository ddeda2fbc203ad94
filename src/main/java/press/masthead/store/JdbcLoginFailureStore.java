package press.masthead.store;

import java.time.Instant;
import java.util.List;
import press.masthead.accounts.LoginFailureStore;

/** Failed logins in the {@code login_failures} table. */
public final class JdbcLoginFailureStore implements LoginFailureStore {
    private final Database database;

    public JdbcLoginFailureStore(Database database) {
        this.database = database;
    }

    @Override
    public void record(String email, String ip, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO login_failures (email, ip, at) VALUES (:email, :ip, :at)")
                .bind("email", email).bind("ip", ip).bind("at", Times.toMillis(at)).execute());
    }

    @Override
    public List<Instant> fromAddress(String ip, Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT at FROM login_failures WHERE ip = :ip AND at >= :since ORDER BY at DESC")
                .bind("ip", ip).bind("since", Times.toMillis(since)).mapTo(Long.class).map(Instant::ofEpochMilli).list());
    }

    @Override
    public List<Instant> forAccountFromAddress(String email, String ip, Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT at FROM login_failures WHERE email = :email AND ip = :ip AND at >= :since
                        ORDER BY at DESC""")
                .bind("email", email).bind("ip", ip).bind("since", Times.toMillis(since))
                .mapTo(Long.class).map(Instant::ofEpochMilli).list());
    }

    @Override
    public void clear(String email, String ip) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE email = :email AND ip = :ip")
                .bind("email", email).bind("ip", ip).execute());
    }

    @Override
    public void deleteBefore(Instant before) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE at < :before")
                .bind("before", Times.toMillis(before)).execute());
    }
}
