package press.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Logins that last: a new random id at every login (so a planted id is worthless), an idle timeout and an absolute
 * one. The cookie carries the id; the database keeps only its hash.
 */
public final class Sessions {
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofDays(7);
    /** Writing the last-seen time on every request would make each page view a database write. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SessionStore store;
    private final Clock clock;

    public Sessions(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The id to put in the cookie, and the session it opens. */
    public record Started(String id, Session session) {
    }

    public Started start(long accountId, boolean secondFactorPending) {
        Instant now = clock.instant();
        String id = Secrets.newToken();
        Session session = new Session(Secrets.hash(id), accountId, Secrets.newToken(), secondFactorPending, now, now);
        store.insert(session);
        store.deleteExpired(now.minus(IDLE_TIMEOUT), now.minus(ABSOLUTE_TIMEOUT));
        return new Started(id, session);
    }

    /** The live session with this cookie id; an expired one is removed and not returned. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        String idHash = Secrets.hash(id);
        Optional<Session> found = store.find(idHash);
        if (found.isEmpty()) {
            return found;
        }
        Session session = found.get();
        Instant now = clock.instant();
        if (session.lastSeenAt().plus(IDLE_TIMEOUT).isBefore(now) || session.createdAt().plus(ABSOLUTE_TIMEOUT).isBefore(now)) {
            store.delete(idHash);
            return Optional.empty();
        }
        if (session.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            store.touch(idHash, now);
        }
        return found;
    }

    public void end(Session session) {
        store.delete(session.idHash());
    }

    /** Logs the account out on every browser and device; returns how many sessions ended. */
    public int endAll(long accountId) {
        return store.deleteAllOf(accountId);
    }
}
