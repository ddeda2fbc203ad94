package press.masthead.accounts;

import java.time.Instant;

/**
 * A logged-in browser. Only the hash of its id is stored; {@code csrfToken} must come back with every change it
 * asks for. A session with {@code secondFactorPending} has passed the password but not yet the two-factor code.
 */
public record Session(String idHash, long accountId, String csrfToken, boolean secondFactorPending,
                      Instant createdAt, Instant lastSeenAt) {
}
