package press.masthead.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenStore {
    long insert(long accountId, String name, String tokenHash, Instant createdAt);

    /** The token with this hash and the account it belongs to, when it is not revoked. */
    Optional<ApiToken> findActive(String tokenHash);

    List<ApiToken> forAccount(long accountId);

    Optional<ApiToken> findById(long id);

    void markUsed(long id, Instant at);

    boolean revoke(long id, Instant at);
}
