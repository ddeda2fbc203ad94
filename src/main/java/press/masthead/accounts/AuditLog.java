package press.masthead.accounts;

import java.time.Clock;
import java.util.List;

/** What admins can review afterwards: logins, publishing, deletions, role and setting changes. */
public final class AuditLog {
    private final AuditLogStore store;
    private final Clock clock;

    public AuditLog(AuditLogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param actor who did it; null for the system (the scheduler) or an unknown person (a failed login)
     * @param action a dotted name such as {@code login.failed} or {@code article.published}
     * @param subject what it was done to, in words a person reads
     */
    public void record(Account actor, String action, String subject, String detail, String ip) {
        store.insert(new AuditEntry(0, clock.instant(), actor == null ? null : actor.id(),
                actor == null ? "" : actor.name() + " <" + actor.email() + ">", action, orEmpty(subject),
                orEmpty(detail), orEmpty(ip)));
    }

    public List<AuditEntry> recent(int offset, int limit) {
        return store.recent(offset, limit);
    }

    public int count() {
        return store.count();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
