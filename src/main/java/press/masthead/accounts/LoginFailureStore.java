package press.masthead.accounts;

import java.time.Instant;
import java.util.List;

/** Failed logins, kept a day for throttling; shared by every node. */
public interface LoginFailureStore {
    void record(String email, String ip, Instant at);

    /** When logins from this address failed since {@code since}, newest first. */
    List<Instant> fromAddress(String ip, Instant since);

    /** When logins to this account from this address failed since {@code since}, newest first. */
    List<Instant> forAccountFromAddress(String email, String ip, Instant since);

    /** Forgets the failures for this account from this address, after a successful login from it. */
    void clear(String email, String ip);

    void deleteBefore(Instant before);
}
