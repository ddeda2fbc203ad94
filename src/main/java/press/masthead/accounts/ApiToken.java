package press.masthead.accounts;

import java.time.Instant;

/** A personal API token's record; the token itself is shown once and only its hash is kept. */
public record ApiToken(long id, long accountId, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    public boolean isRevoked() {
        return revokedAt != null;
    }
}
