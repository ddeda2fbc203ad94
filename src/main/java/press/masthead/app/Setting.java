package press.masthead.app;

import java.util.Locale;

/** The runtime settings, each settable as a flag, an environment variable and a line of masthead.properties. */
public enum Setting {
    HOST("host"),
    PORT("port"),
    BASE_URL("base-url"),
    DATABASE_URL("database-url"),
    DATABASE_USER("database-user"),
    DATABASE_PASSWORD("database-password"),
    THEME("theme"),
    PAGE_CACHE_MB("page-cache-mb"),
    CDN_MAX_AGE("cdn-max-age"),
    MEDIA_MAX_UPLOAD_MB("media-max-upload-mb"),
    MEDIA_DIR("media-dir"),
    TRUSTED_PROXIES("trusted-proxies");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The name in masthead.properties, and the flag without its dashes. */
    public String key() {
        return key;
    }

    public String flag() {
        return "--" + key;
    }

    public String environmentVariable() {
        return "MASTHEAD_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static Setting byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }
}
