package press.masthead.app;

import java.nio.file.Path;
import press.masthead.store.Dialect;
import press.masthead.web.Responses;

/**
 * The resolved runtime settings. {@code baseUrl} is null when none was given; the site's own setting or the
 * listening address then stands in. {@code pageCacheMb} bounds the page cache (0 turns it off);
 * {@code cdnMaxAge} is how many seconds a shared cache in front may keep a page (0: it must revalidate each time);
 * {@code mediaMaxUploadMb} is the largest file the media library takes.
 */
public record Settings(Path dataDir, String host, int port, String baseUrl, String databaseUrl, String databaseUser,
                       String databasePassword, String theme, int pageCacheMb, int cdnMaxAge, int mediaMaxUploadMb) {

    /** The settings Masthead uses when nothing else is said, for a data directory and a port. */
    public static Settings defaults(Path dataDir, int port) {
        return new Settings(dataDir, "127.0.0.1", port, null, "jdbc:sqlite:" + dataDir.resolve("masthead.db"), "", "",
                "default", SettingsResolver.DEFAULT_PAGE_CACHE_MB, 0, SettingsResolver.DEFAULT_MEDIA_MAX_UPLOAD_MB);
    }

    /** Names every setting but the database password, which a log line or message must not show. */
    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", baseUrl=" + baseUrl
                + ", databaseUrl=" + Dialect.shown(databaseUrl) + ", databaseUser=" + databaseUser + ", theme=" + theme
                + ", pageCacheMb=" + pageCacheMb + ", cdnMaxAge=" + cdnMaxAge + ", mediaMaxUploadMb=" + mediaMaxUploadMb
                + "]";
    }

    public Settings withTheme(String name) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, name,
                pageCacheMb, cdnMaxAge, mediaMaxUploadMb);
    }

    /** Cache-Control for public pages: browsers revalidate; a CDN may keep a page {@code cdnMaxAge} seconds. */
    public String pageCacheControl() {
        return cdnMaxAge == 0 ? Responses.PAGE_CACHE_CONTROL
                : "public, max-age=0, s-maxage=" + cdnMaxAge + ", stale-while-revalidate=" + cdnMaxAge;
    }

    public Settings withMediaMaxUploadMb(int megabytes) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, theme,
                pageCacheMb, cdnMaxAge, megabytes);
    }

    public Path themesDir() {
        return dataDir.resolve("themes");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    public Path searchDir() {
        return dataDir.resolve("search");
    }

    /** Where people reach the site: the base URL when one is set, otherwise the listening address; ends in a slash. */
    public String publicUrl(int actualPort) {
        if (baseUrl == null) {
            return listenUrl(actualPort);
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The address Masthead listens on, as a base URL for links when no base URL is set. */
    public String listenUrl(int actualPort) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + actualPort + "/";
    }
}
