package press.masthead.accounts;

import java.time.Instant;

/** One line of the audit log: who did what to which thing, when and from where. */
public record AuditEntry(long id, Instant at, Long accountId, String actor, String action, String subject,
                         String detail, String ip) {
}
