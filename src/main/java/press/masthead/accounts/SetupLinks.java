package press.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one-time link that lets whoever started the server create the first admin in a browser: printed on the
 * console, valid for a day, usable once, and only while there is no admin.
 */
public final class SetupLinks {
    public static final Duration VALIDITY = Duration.ofHours(24);

    private final SetupTokenStore tokens;
    private final Accounts accounts;
    private final Clock clock;

    public SetupLinks(SetupTokenStore tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A fresh token when the site has no admin yet; nothing once it has one. */
    public Optional<String> issueIfNoAdmin() {
        if (accounts.hasAdmin()) {
            return Optional.empty();
        }
        String token = Secrets.newToken();
        tokens.insert(Secrets.hash(token), clock.instant().plus(VALIDITY));
        return Optional.of(token);
    }

    public boolean isUsable(String token) {
        return token != null && !accounts.hasAdmin() && tokens.isUsable(Secrets.hash(token), clock.instant());
    }

    /**
     * Creates the first admin with the token, which is spent even if another admin appeared meanwhile, so a link
     * works at most once.
     */
    public Account createFirstAdmin(String token, String email, String name, String password) {
        Passwords.check(password);
        accounts.checkNew(email, name);
        if (token == null || !tokens.use(Secrets.hash(token), clock.instant()) || accounts.hasAdmin()) {
            throw new AccountException("token", "this setup link has expired or was already used; restart Masthead"
                    + " for a new one, or run masthead user add");
        }
        return accounts.create(email, name, Role.ADMIN, password);
    }
}
