package press.masthead.accounts;

import java.time.Duration;

/** What a login attempt came to. The refusal never says whether the email or the password was wrong. */
public sealed interface LoginOutcome {
    /** Logged in; when {@code secondFactorPending}, the session still waits for the two-factor code. */
    record LoggedIn(Account account, Sessions.Started session) implements LoginOutcome {
        public boolean secondFactorPending() {
            return session.session().secondFactorPending();
        }
    }

    record Refused() implements LoginOutcome {
        public static final String MESSAGE = "That email and password do not match an account.";
    }

    record Throttled(Duration retryAfter) implements LoginOutcome {
    }
}
