package press.masthead.accounts;

import java.time.Instant;
import java.util.Optional;

/** Sessions in the database, so that every node knows every login. */
public interface SessionStore {
    void insert(Session session);

    Optional<Session> find(String idHash);

    void touch(String idHash, Instant at);

    void delete(String idHash);

    /** Ends every session of the account; returns how many there were. */
    int deleteAllOf(long accountId);

    /** Removes sessions idle since before {@code idleBefore} or made before {@code createdBefore}. */
    int deleteExpired(Instant idleBefore, Instant createdBefore);
}
