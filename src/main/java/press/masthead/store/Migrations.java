package press.masthead.store;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings the schema up to date with Flyway, refusing a database from a newer Masthead before changing anything. */
public final class Migrations {
    private final Flyway flyway;

    public Migrations(Database database) {
        this.flyway = Flyway.configure()
                .dataSource(database.dataSource())
                .locations(database.dialect().migrationLocation())
                .failOnMissingLocations(true)
                .load();
    }

    /** Applies pending migrations; returns how many ran. */
    public int migrate() {
        refuseNewerSchema();
        return flyway.migrate().migrationsExecuted;
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
