package press.masthead.backup;

/** A backup that cannot be made or restored, saying why and what to do; nothing was changed. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
