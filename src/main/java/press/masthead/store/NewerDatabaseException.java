package press.masthead.store;

/** The database was written by a newer Masthead; this one must not touch it. */
public final class NewerDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NewerDatabaseException(String databaseVersion, String knownVersion) {
        super("The database was written by a newer Masthead (schema version " + databaseVersion
                + "; this Masthead knows up to version " + knownVersion
                + "). Nothing was changed. Run the newer Masthead, or restore a backup made by this version.");
    }
}
