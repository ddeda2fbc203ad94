package press.masthead.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves each runtime setting from the first place that has it: flag, environment variable
 * ({@code MASTHEAD_*}), {@code DATA/masthead.properties}, default; and checks every value before anything starts.
 */
public final class SettingsResolver {
    public static final String PROPERTIES_FILE = "masthead.properties";
    public static final String DATA_ENVIRONMENT_VARIABLE = "MASTHEAD_DATA";
    static final String DEFAULT_DATA_DIR = "masthead-data";
    static final int DEFAULT_PAGE_CACHE_MB = 128;
    static final int DEFAULT_MEDIA_MAX_UPLOAD_MB = 20;
    /** {@code jdbc:postgresql://HOST[:PORT][,HOST[:PORT]...]/DATABASE[?PARAMETERS]} */
    private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://[^/?#]+/[^/?#]+(\\?[^#]*)?");

    private final Map<String, String> environment;

    public SettingsResolver(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param dataDirFlag the {@code --data} flag, or null
     * @param flags       the flags given on the command line; absent settings are not in the map
     */
    public Settings resolve(String dataDirFlag, Map<Setting, String> flags) {
        Path dataDir = dataDir(dataDirFlag);
        Map<Setting, String> fromFile = readPropertiesFile(dataDir.resolve(PROPERTIES_FILE));
        Map<Setting, Resolved> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, pick(setting, flags, fromFile));
        }
        return new Settings(dataDir,
                host(values.get(Setting.HOST)),
                port(values.get(Setting.PORT)),
                baseUrl(values.get(Setting.BASE_URL)),
                databaseUrl(values.get(Setting.DATABASE_URL), dataDir),
                values.get(Setting.DATABASE_USER).valueOr(""),
                values.get(Setting.DATABASE_PASSWORD).valueOr(""),
                theme(values.get(Setting.THEME)),
                wholeNumber(values.get(Setting.PAGE_CACHE_MB), DEFAULT_PAGE_CACHE_MB, 0, 65_536,
                        "a whole number of megabytes from 0 (no page cache) to 65536"),
                wholeNumber(values.get(Setting.CDN_MAX_AGE), 0, 0, 31_536_000,
                        "a whole number of seconds from 0 to 31536000"),
                wholeNumber(values.get(Setting.MEDIA_MAX_UPLOAD_MB), DEFAULT_MEDIA_MAX_UPLOAD_MB, 1, 1_024,
                        "a whole number of megabytes from 1 to 1024"),
                mediaDir(values.get(Setting.MEDIA_DIR), dataDir),
                trustedProxies(values.get(Setting.TRUSTED_PROXIES)));
    }

    private Path dataDir(String flag) {
        String value = flag != null ? flag : environment.getOrDefault(DATA_ENVIRONMENT_VARIABLE, DEFAULT_DATA_DIR);
        if (value.isBlank()) {
            throw new SettingException("The data directory (--data or " + DATA_ENVIRONMENT_VARIABLE
                    + ") is empty: expected a folder path such as ./masthead-data.");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    private Resolved pick(Setting setting, Map<Setting, String> flags, Map<Setting, String> fromFile) {
        if (flags.get(setting) != null) {
            return new Resolved(setting, flags.get(setting), SettingSource.FLAG);
        }
        String env = environment.get(setting.environmentVariable());
        if (env != null) {
            return new Resolved(setting, env, SettingSource.ENVIRONMENT);
        }
        if (fromFile.containsKey(setting)) {
            return new Resolved(setting, fromFile.get(setting), SettingSource.PROPERTIES_FILE);
        }
        return new Resolved(setting, null, SettingSource.DEFAULT);
    }

    private static Map<Setting, String> readPropertiesFile(Path file) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        if (!Files.exists(file)) {
            return values;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingException("Cannot read " + file + ": " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            Setting setting = Setting.byKey(key);
            if (setting == null) {
                throw new SettingException(file + " has an unknown setting '" + key + "': known settings are "
                        + Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", ")) + ".");
            }
            values.put(setting, properties.getProperty(key).strip());
        }
        return values;
    }

    /** A folder for media files; relative paths are taken from the working directory, like {@code --data}. */
    private static Path mediaDir(Resolved mediaDir, Path dataDir) {
        if (mediaDir.value() == null) {
            return dataDir.resolve("media");
        }
        if (mediaDir.value().isBlank() || mediaDir.value().indexOf('\0') >= 0) {
            throw mediaDir.invalid("a folder path, such as /srv/masthead-media for a folder every node shares");
        }
        return Path.of(mediaDir.value()).toAbsolutePath().normalize();
    }

    /** Comma-separated IP addresses, each checked to be an address literal (no host names: no lookups). */
    private static List<String> trustedProxies(Resolved proxies) {
        if (proxies.value() == null || proxies.value().isBlank()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (String part : proxies.value().split(",")) {
            String address = part.strip();
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:]+") || !isAddressLiteral(address)) {
                throw proxies.invalid("comma-separated IP addresses of your reverse proxies, such as 127.0.0.1 or"
                        + " 10.0.0.5,10.0.0.6 ('" + address + "' is not one)");
            }
            addresses.add(address);
        }
        return addresses;
    }

    private static boolean isAddressLiteral(String address) {
        try {
            // Only digits, dots and colons reach here, so this parses the literal and never asks DNS.
            java.net.InetAddress.getByName(address);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String host(Resolved host) {
        String value = host.valueOr("127.0.0.1");
        if (!value.matches("[A-Za-z0-9.:\\-]+|\\[[0-9A-Fa-f:.]+]")) {
            throw host.invalid("a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0");
        }
        return value.startsWith("[") ? value.substring(1, value.length() - 1) : value;
    }

    private static int port(Resolved port) {
        String value = port.valueOr("8080");
        try {
            int number = Integer.parseInt(value);
            if (number >= 0 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the value itself
        }
        throw port.invalid("a whole number from 0 to 65535 (0 picks any free port)");
    }

    private static String baseUrl(Resolved baseUrl) {
        if (baseUrl.value() == null) {
            return null;
        }
        String expected = "an absolute http or https URL of the site's root, such as https://news.example.com/";
        try {
            URI uri = new URI(baseUrl.value());
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw baseUrl.invalid(expected);
            }
            if (!path.isEmpty() && !path.equals("/")) {
                throw baseUrl.invalid(expected + " (serving under a sub-path such as " + path
                        + " is not supported: give Masthead its own host name)");
            }
            String value = baseUrl.value();
            return value.endsWith("/") ? value : value + "/";
        } catch (URISyntaxException e) {
            throw baseUrl.invalid(expected);
        }
    }

    private static String databaseUrl(Resolved databaseUrl, Path dataDir) {
        String value = databaseUrl.valueOr("jdbc:sqlite:" + dataDir.resolve("masthead.db"));
        if (value.startsWith("jdbc:postgresql:")) {
            if (!POSTGRESQL_URL.matcher(value).matches()) {
                throw databaseUrl.invalid("a PostgreSQL JDBC URL with a host and a database, such as"
                        + " jdbc:postgresql://db.example.com:5432/masthead");
            }
            return value;
        }
        if (!value.startsWith("jdbc:sqlite:") || value.length() == "jdbc:sqlite:".length()) {
            throw databaseUrl.invalid("a JDBC URL such as jdbc:sqlite:/srv/masthead/masthead.db or"
                    + " jdbc:postgresql://db.example.com:5432/masthead");
        }
        return value;
    }

    private static int wholeNumber(Resolved setting, int fallback, int min, int max, String expected) {
        if (setting.value() == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(setting.value());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the value itself
        }
        throw setting.invalid(expected);
    }

    private static String theme(Resolved theme) {
        String value = theme.valueOr("default");
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw theme.invalid("the name of a folder in DATA/themes (letters, digits, '.', '_' and '-')");
        }
        return value;
    }

    /** One setting's value and where it came from. */
    private record Resolved(Setting setting, String value, SettingSource source) {
        String valueOr(String fallback) {
            return value == null ? fallback : value;
        }

        SettingException invalid(String expected) {
            return SettingException.invalid(setting, source, value, expected);
        }
    }
}
