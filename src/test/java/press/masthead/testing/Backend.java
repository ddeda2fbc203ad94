package press.masthead.testing;

import java.nio.file.Path;
import press.masthead.app.Settings;

/**
 * The database a test site runs on: a fresh SQLite file in its data directory, or a fresh PostgreSQL database that
 * already has the schema.
 */
public enum Backend {
    SQLITE {
        @Override
        public Settings settingsFor(Path dataDir) {
            return Settings.defaults(dataDir, 0);
        }

        @Override
        public void release(Settings settings) {
            // the file goes with the data directory
        }
    },
    POSTGRES {
        @Override
        public Settings settingsFor(Path dataDir) {
            return Settings.defaults(dataDir, 0).withDatabase(TestPostgres.newMigratedDatabase(), TestPostgres.USER, "");
        }

        @Override
        public void release(Settings settings) {
            TestPostgres.dropDatabase(settings.databaseUrl());
        }
    };

    /** Settings for a site in {@code dataDir} (port 0) on a new, empty database of this kind. */
    public abstract Settings settingsFor(Path dataDir);

    /**
     * Lets go of the database the settings name, once everything using it is closed: what a test that opens its
     * own app or runs commands on these settings calls last.
     */
    public abstract void release(Settings settings);
}
