package press.masthead.store;

import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings the schema up to date with Flyway, refusing a database from a newer Masthead before changing anything. */
public final class Migrations {
    private final Database database;
    private final Flyway flyway;

    public Migrations(Database database) {
        this.database = database;
        this.flyway = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(database.dialect().migrationLocation())
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Applies pending migrations; returns how many ran. This is the first thing Masthead asks of its database, so a
     * database it cannot reach is reported here, by name, as a {@link DatabaseUnavailableException}.
     */
    public int migrate() {
        try {
            refuseNewerSchema();
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLTransientConnectionException noConnection = causeOfType(e, SQLTransientConnectionException.class);
            if (noConnection == null) {
                throw e;
            }
            // The pool's own message says only that it timed out; the driver's reason is its cause.
            Throwable reason = noConnection.getCause() != null ? noConnection.getCause() : noConnection;
            throw new DatabaseUnavailableException(database.shownUrl(), sentence(reason.getMessage()), e);
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String sentence(String message) {
        String text = message == null || message.isBlank() ? "it does not answer" : message.strip();
        return text.endsWith(".") ? text : text + ".";
    }

    private void refuseNewerSchema() {
        MigrationInfo[] all = flyway.info().all();
        boolean newer = Arrays.stream(all).anyMatch(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                || info.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            String known = Arrays.stream(all)
                    .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                            && info.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((first, second) -> second)
                    .map(info -> info.getVersion().toString())
                    .orElse("none");
            throw new NewerDatabaseException(flyway.info().current().getVersion().toString(), known);
        }
    }
}
