package press.masthead.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings the schema up to date with Flyway, refusing a database from a newer Masthead before changing anything. */
public final class Migrations {
    private final Database database;

    public Migrations(Database database) {
        this.database = database;
    }

    /**
     * Applies pending migrations; returns how many ran. This is the first thing Masthead asks of its database, so a
     * database it cannot reach is reported here, by name, as a {@link DatabaseUnavailableException}.
     */
    public int migrate() {
        try {
            if (isUpToDate()) {
                return 0;
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:" + database.dialect().migrationFolder())
                    .failOnMissingLocations(true)
                    .load();
            refuseNewerSchema(flyway);
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLTransientConnectionException noConnection = causeOfType(e, SQLTransientConnectionException.class);
            if (noConnection == null) {
                throw e;
            }
            throw unavailable(noConnection, e);
        }
    }

    /**
     * True when the database has applied, each successfully, exactly the migrations this build carries: what nearly
     * every start finds, and what Flyway takes about half a second to confirm (configuring itself, scanning the
     * class path, validating). This reads Flyway's history table and the scripts' file names instead. Anything
     * else, such as a new database, a pending or failed migration or one from a newer Masthead, goes to Flyway.
     */
    private boolean isUpToDate() {
        Set<String> applied = new TreeSet<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, type, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                // Flyway marks a schema it created itself (on PostgreSQL) with a row of its own.
                if (!rows.getString("type").equals("SCHEMA")) {
                    applied.add(rows.getString("version"));
                }
            }
        } catch (SQLTransientConnectionException noConnection) {
            throw unavailable(noConnection, noConnection);
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.equals(BundledMigrations.versions(database.dialect().migrationFolder()));
    }

    private DatabaseUnavailableException unavailable(SQLTransientConnectionException noConnection, Exception thrown) {
        // The pool's own message says only that it timed out; the driver's reason is its cause.
        Throwable reason = noConnection.getCause() != null ? noConnection.getCause() : noConnection;
        return new DatabaseUnavailableException(database.shownUrl(), sentence(reason.getMessage()), thrown);
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

    private static void refuseNewerSchema(Flyway flyway) {
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
