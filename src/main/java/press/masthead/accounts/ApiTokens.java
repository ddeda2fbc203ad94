package press.masthead.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: each acts as its account, with the same permissions. The token is shown once; only its hash
 * is stored.
 */
public final class ApiTokens {
    /** Marks our tokens so a leaked one is easy to recognise in logs and secret scanners. */
    static final String PREFIX = "mh_";
    private static final int MAX_LABEL_LENGTH = 100;

    private final ApiTokenStore tokens;
    private final AccountStore accounts;
    private final Clock clock;

    public ApiTokens(ApiTokenStore tokens, AccountStore accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token and its record; the token itself can never be read again. */
    public record Created(String token, ApiToken record) {
    }

    public Created create(long accountId, String label) {
        String name = label == null ? "" : label.strip();
        if (name.length() > MAX_LABEL_LENGTH) {
            throw new AccountException("name", "is " + name.length() + " characters long; at most " + MAX_LABEL_LENGTH);
        }
        String token = PREFIX + Secrets.newToken();
        long id = tokens.insert(accountId, name, Secrets.hash(token), clock.instant());
        return new Created(token, tokens.findById(id).orElseThrow());
    }

    /** The account a bearer token acts for, when the token is known and not revoked. */
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findActive(Secrets.hash(token));
        found.ifPresent(record -> tokens.markUsed(record.id(), clock.instant()));
        return found.flatMap(record -> accounts.findById(record.accountId()));
    }

    public List<ApiToken> forAccount(long accountId) {
        return tokens.forAccount(accountId);
    }

    public Optional<ApiToken> find(long id) {
        return tokens.findById(id);
    }

    /** Revokes a token at once on every node; false when it was already revoked or never existed. */
    public boolean revoke(long id) {
        return tokens.revoke(id, clock.instant());
    }
}
