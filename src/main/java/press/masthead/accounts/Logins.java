package press.masthead.accounts;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Logging in: throttling first, then the password, then (when the account has it) the two-factor code. An unknown
 * email costs the same password check as a wrong password, so neither the answer nor its timing tells them apart.
 */
public final class Logins {
    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final AuditLog audit;

    public Logins(AccountStore accounts, LoginThrottle throttle, Sessions sessions, TwoFactor twoFactor, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.audit = audit;
    }

    public LoginOutcome logIn(String email, String password, String ip) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Duration wait = throttle.waitBeforeTrying(address, ip);
        if (!wait.isZero()) {
            return new LoginOutcome.Throttled(wait);
        }
        Optional<Account> account = address.isEmpty() ? Optional.empty() : accounts.findByEmail(address);
        String hash = account.map(Account::passwordHash).orElse(null);
        if (!Passwords.matches(password, hash)) {
            throttle.failed(address, ip);
            audit.record(account.orElse(null), "login.failed", address, "", ip);
            return new LoginOutcome.Refused();
        }
        throttle.succeeded(address, ip);
        Account found = account.orElseThrow();
        Sessions.Started started = sessions.start(found.id(), found.hasTwoFactor());
        if (!found.hasTwoFactor()) {
            audit.record(found, "login", found.email(), "", ip);
        }
        return new LoginOutcome.LoggedIn(found, started);
    }

    /** Checks the second factor of a session that passed the password; wrong codes count as failed logins. */
    public LoginOutcome completeSecondFactor(Session session, String code, String ip) {
        Account account = accounts.findById(session.accountId()).orElse(null);
        if (account == null) {
            sessions.end(session);
            return new LoginOutcome.Refused();
        }
        Duration wait = throttle.waitBeforeTrying(account.email(), ip);
        if (!wait.isZero()) {
            return new LoginOutcome.Throttled(wait);
        }
        if (!twoFactor.verify(account, code)) {
            throttle.failed(account.email(), ip);
            audit.record(account, "login.failed", account.email(), "wrong two-factor code", ip);
            return new LoginOutcome.Refused();
        }
        // A fresh id for the full session: the half-logged-in one is worth nothing to whoever may have seen it.
        sessions.end(session);
        audit.record(account, "login", account.email(), "with two-factor code", ip);
        return new LoginOutcome.LoggedIn(account, sessions.start(account.id(), false));
    }
}
