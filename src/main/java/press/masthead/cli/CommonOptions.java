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
            description = "JDBC URL of the database (default: SQLite file DATA/masthead.db; env MASTHEAD_DATABASE_URL)")
    String databaseUrl;

    Settings resolve(Map<Setting, String> commandFlags) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.putAll(commandFlags);
        if (databaseUrl != null) {
            flags.put(Setting.DATABASE_URL, databaseUrl);
        }
        return new SettingsResolver(System.getenv()).resolve(dataDir, flags);
    }

    Settings resolve() {
        return resolve(Map.of());
    }
}
