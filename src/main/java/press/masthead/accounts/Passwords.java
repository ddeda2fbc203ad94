package press.masthead.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes. The parameters (19 MiB, 2 passes, 1 lane) follow OWASP's minimum for Argon2id and
 * keep a login well under a tenth of a second on a small server.
 */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1000;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Verified against when the email is unknown, so that case costs the same time as a wrong password. */
    private static final String DECOY = Password.hash("decoy password for unknown accounts").with(ARGON2).getResult();

    private Passwords() {
    }

    public static String hash(String password) {
        check(password);
        return Password.hash(password).with(ARGON2).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        return Password.check(password, hash == null ? DECOY : hash).with(ARGON2) && hash != null;
    }

    /** Refuses a password that is too short or too long, saying which. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException("password", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException("password", "must be at most " + MAX_LENGTH + " characters long");
        }
    }
}
