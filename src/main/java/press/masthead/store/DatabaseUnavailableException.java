package press.masthead.store;

/**
 * The database cannot be reached or will not let Masthead in: names the database (without its password) and what
 * its driver said, so the address, the server or the credentials can be put right.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(String shownUrl, String reason, Throwable cause) {
        super("Cannot use the database " + shownUrl + ": " + reason + " Check that the database server is running"
                + " and that the database URL, user and password are right.", cause);
    }
}
