package press.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing without letting an attacker lock the real person out. Failures count per account
 * <em>and address</em> (at most five in fifteen minutes) and per address across all accounts (twenty), so
 * hammering one account from one address never blocks its owner logging in from another. Each time an address
 * runs into the limit again within a day, its window doubles: 15 minutes, then 30, 60 and so on up to a day.
 */
public final class LoginThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofDays(1);
    static final int PER_ACCOUNT_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 20;

    private final LoginFailureStore failures;
    private final Clock clock;

    public LoginThrottle(LoginFailureStore failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long this address must wait before trying this account again; zero when it may try now. */
    public Duration waitBeforeTrying(String email, String ip) {
        Instant now = clock.instant();
        Duration forAccount = wait(failures.forAccountFromAddress(email, ip, now.minus(MEMORY)),
                PER_ACCOUNT_AND_ADDRESS, now);
        Duration fromAddress = wait(failures.fromAddress(ip, now.minus(MEMORY)), PER_ADDRESS, now);
        return forAccount.compareTo(fromAddress) >= 0 ? forAccount : fromAddress;
    }

    public void failed(String email, String ip) {
        Instant now = clock.instant();
        failures.record(email, ip, now);
        failures.deleteBefore(now.minus(MEMORY));
    }

    public void succeeded(String email, String ip) {
        failures.clear(email, ip);
    }

    /**
     * @param newestFirst the failures of the last day
     * @return until the {@code limit}-th newest failure leaves the window, which grows with every full limit
     *         reached within the day
     */
    private static Duration wait(List<Instant> newestFirst, int limit, Instant now) {
        if (newestFirst.size() < limit) {
            return Duration.ZERO;
        }
        int lockouts = newestFirst.size() / limit;
        Duration window = WINDOW.multipliedBy(1L << Math.min(lockouts - 1, 6));
        if (window.compareTo(MEMORY) > 0) {
            window = MEMORY;
        }
        Instant free = newestFirst.get(limit - 1).plus(window);
        return free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
    }
}
