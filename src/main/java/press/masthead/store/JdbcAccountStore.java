package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountStore;
import press.masthead.accounts.Role;

/** Accounts in the {@code accounts} table and their recovery codes in {@code recovery_codes}. */
public final class JdbcAccountStore implements AccountStore {
    private final Database database;

    public JdbcAccountStore(Database database) {
        this.database = database;
    }

    @Override
    public long insert(Account account) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO accounts (email, name, role, password_hash, author_id, totp_secret, created_at)
                        VALUES (:email, :name, :role, :hash, :author, :totp, :createdAt) RETURNING id""")
                .bind("email", account.email()).bind("name", account.name()).bind("role", account.role().code())
                .bind("hash", account.passwordHash()).bind("author", account.authorId())
                .bind("totp", account.totpSecret()).bind("createdAt", Times.toMillis(account.createdAt()))
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<Account> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> account(rs)).findOne());
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE email = :email")
                .bind("email", email).map((rs, ctx) -> account(rs)).findOne());
    }

    @Override
    public List<Account> all() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM accounts ORDER BY name, id")
                .map((rs, ctx) -> account(rs)).list());
    }

    @Override
    public int countWithRole(Role role) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM accounts WHERE role = :role")
                .bind("role", role.code()).mapTo(Integer.class).one());
    }

    @Override
    public void updatePassword(long id, String passwordHash) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE accounts SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash).bind("id", id).execute());
    }

    @Override
    public void updateProfile(long id, String name, Role role) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE accounts SET name = :name, role = :role WHERE id = :id")
                .bind("name", name).bind("role", role.code()).bind("id", id).execute());
    }

    @Override
    public void updateTotpSecret(long id, String totpSecret) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE accounts SET totp_secret = :secret WHERE id = :id")
                .bind("secret", totpSecret).bind("id", id).execute());
    }

    @Override
    public void replaceRecoveryCodes(long id, List<String> codeHashes) {
        database.jdbi().useTransaction(h -> {
            database.dialect().lockRow(h, "accounts", id);
            h.createUpdate("DELETE FROM recovery_codes WHERE account_id = :id").bind("id", id).execute();
            for (String hash : codeHashes) {
                h.createUpdate("INSERT INTO recovery_codes (account_id, code_hash) VALUES (:id, :hash)")
                        .bind("id", id).bind("hash", hash).execute();
            }
        });
    }

    @Override
    public boolean useRecoveryCode(long id, String codeHash) {
        return database.jdbi().withHandle(h -> h.createUpdate(
                        "DELETE FROM recovery_codes WHERE account_id = :id AND code_hash = :hash")
                .bind("id", id).bind("hash", codeHash).execute()) == 1;
    }

    @Override
    public void delete(long id) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM accounts WHERE id = :id").bind("id", id).execute());
    }

    private static Account account(ResultSet rs) throws SQLException {
        long authorId = rs.getLong("author_id");
        Long author = rs.wasNull() ? null : authorId;
        return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
                Role.fromCode(rs.getString("role")), rs.getString("password_hash"), author,
                rs.getString("totp_secret"), Times.read(rs, "created_at"));
    }
}
