package press.masthead.store;

import java.util.List;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.AuditLogStore;

/** The audit log in the {@code audit_log} table, newest first. */
public final class JdbcAuditLogStore implements AuditLogStore {
    private final Database database;

    public JdbcAuditLogStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(AuditEntry entry) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO audit_log (at, account_id, actor, action, subject, detail, ip)
                        VALUES (:at, :account, :actor, :action, :subject, :detail, :ip)""")
                .bind("at", Times.toMillis(entry.at())).bind("account", entry.accountId())
                .bind("actor", entry.actor()).bind("action", entry.action()).bind("subject", entry.subject())
                .bind("detail", entry.detail()).bind("ip", entry.ip()).execute());
    }

    @Override
    public List<AuditEntry> recent(int offset, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    long accountId = rs.getLong("account_id");
                    Long account = rs.wasNull() ? null : accountId;
                    return new AuditEntry(rs.getLong("id"), Times.read(rs, "at"), account, rs.getString("actor"),
                            rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("ip"));
                }).list());
    }

    @Override
    public int count() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Integer.class).one());
    }
}
