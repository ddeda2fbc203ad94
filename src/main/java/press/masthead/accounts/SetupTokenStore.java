package press.masthead.accounts;

import java.time.Instant;

/** The one-time links that create the first admin account. */
public interface SetupTokenStore {
    void insert(String tokenHash, Instant expiresAt);

    /** Marks the token used if it exists, is unused and has not expired; true when it did. One caller wins. */
    boolean use(String tokenHash, Instant now);

    /** True when the token exists, is unused and has not expired. */
    boolean isUsable(String tokenHash, Instant now);
}
