package press.masthead.cli;

import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;
import press.masthead.app.Setting;
import press.masthead.app.Settings;
import press.masthead.app.SettingsResolver;

/** The options every command takes: where the data lives and which database holds it. */
final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default ./masthead-data; env MASTHEAD_DATA)")
    String dataDir;

    @Option(names = "--database-url", paramLabel = "URL",
            description = "JDBC URL of the database: jdbc:postgresql://HOST[:PORT]/DB selects PostgreSQL"
                    + " (default: SQLite file DATA/masthead.db; env MASTHEAD_DATABASE_URL)")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER",
            description = "Database user, for PostgreSQL (env MASTHEAD_DATABASE_USER)")
    String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD",
            description = "Database password, for PostgreSQL; the environment variable MASTHEAD_DATABASE_PASSWORD"
                    + " keeps it out of the process list")
    String databasePassword;

    Settings resolve(Map<Setting, String> commandFlags) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.putAll(commandFlags);
        putIfSet(flags, Setting.DATABASE_URL, databaseUrl);
        putIfSet(flags, Setting.DATABASE_USER, databaseUser);
        putIfSet(flags, Setting.DATABASE_PASSWORD, databasePassword);
        return new SettingsResolver(System.getenv()).resolve(dataDir, flags);
    }

    Settings resolve() {
        return resolve(Map.of());
    }

    private static void putIfSet(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
