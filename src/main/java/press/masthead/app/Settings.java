package press.masthead.app;

import java.nio.file.Path;
import java.util.List;
import press.masthead.store.Dialect;
import press.masthead.web.Responses;

/**
 * The resolved runtime settings. {@code baseUrl} is null when none was given; the site's own setting or the
 * listening address then stands in. {@code pageCacheMb} bounds the page cache (0 turns it off);
 * {@code cdnMaxAge} is how many seconds a shared cache in front may keep a page (0: it must revalidate each time);
 * {@code mediaMaxUploadMb} is the largest file the media library takes; {@code mediaDir} is where media files live
 * (in the data directory unless several nodes share a folder); {@code trustedProxies} are the addresses of reverse
 * proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed.
 */
public record Settings(Path dataDir, String host, int port, String baseUrl, String databaseUrl, String databaseUser,
                       String databasePassword, String theme, int pageCacheMb, int cdnMaxAge, int mediaMaxUploadMb,
                       Path mediaDir, List<String> trustedProxies) {

    public Settings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** The settings Masthead uses when nothing else is said, for a data directory and a port. */
    public static Settings defaults(Path dataDir, int port) {
        return new Settings(dataDir, "127.0.0.1", port, null, "jdbc:sqlite:" + dataDir.resolve("masthead.db"), "", "",
                "default", SettingsResolver.DEFAULT_PAGE_CACHE_MB, 0, SettingsResolver.DEFAULT_MEDIA_MAX_UPLOAD_MB,
                dataDir.resolve("media"), List.of());
    }

    /** Names every setting but the database password, which a log line or message must not show. */
    @Override
    public String toString() {
        return "Settings[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", baseUrl=" + baseUrl
                + ", databaseUrl=" + Dialect.shown(databaseUrl) + ", databaseUser=" + databaseUser + ", theme=" + theme
                + ", pageCacheMb=" + pageCacheMb + ", cdnMaxAge=" + cdnMaxAge + ", mediaMaxUploadMb=" + mediaMaxUploadMb
                + ", mediaDir=" + mediaDir + ", trustedProxies=" + trustedProxies + "]";
    }

    public Settings withTheme(String name) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, name,
                pageCacheMb, cdnMaxAge, mediaMaxUploadMb, mediaDir, trustedProxies);
    }

    /**
     * The same settings over a throwaway copy of the database in {@code folder} (an SQLite file, whatever the site's
     * database), with its own media folder and the bundled theme: what a dry run imports into.
     */
    public Settings withScratchDatabase(Path folder) {
        return new Settings(folder, host, port, baseUrl, "jdbc:sqlite:" + folder.resolve("masthead.db"), "", "",
                "default", pageCacheMb, cdnMaxAge, mediaMaxUploadMb, folder.resolve("media"), trustedProxies);
    }

    /** Cache-Control for public pages: browsers revalidate; a CDN may keep a page {@code cdnMaxAge} seconds. */
    public String pageCacheControl() {
        return cdnMaxAge == 0 ? Responses.PAGE_CACHE_CONTROL
                : "public, max-age=0, s-maxage=" + cdnMaxAge + ", stale-while-revalidate=" + cdnMaxAge;
    }

    public Settings withMediaMaxUploadMb(int megabytes) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, theme,
                pageCacheMb, cdnMaxAge, megabytes, mediaDir, trustedProxies);
    }

    /** The same settings on another database, as each node of a site has them. */
    public Settings withDatabase(String url, String user, String password) {
        return new Settings(dataDir, host, port, baseUrl, url, user, password, theme, pageCacheMb, cdnMaxAge,
                mediaMaxUploadMb, mediaDir, trustedProxies);
    }

    public Settings withMediaDir(Path folder) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, theme,
                pageCacheMb, cdnMaxAge, mediaMaxUploadMb, folder, trustedProxies);
    }

    public Settings withTrustedProxies(List<String> addresses) {
        return new Settings(dataDir, host, port, baseUrl, databaseUrl, databaseUser, databasePassword, theme,
                pageCacheMb, cdnMaxAge, mediaMaxUploadMb, mediaDir, addresses);
    }

    public Path themesDir() {
        return dataDir.resolve("themes");
    }

    /**
     * Scratch space inside the data directory: uploads as they arrive, dry runs, the database copy of a backup
     * being downloaded. Kept beside the data so that moving a large file into place is a rename, not a copy.
     */
    public Path scratchDir() {
        return dataDir.resolve("tmp");
    }

    /**
     * Where the web server keeps uploads while it receives them, on this node; each file goes when its request
     * ends.
     */
    public Path uploadsDir() {
        return scratchDir().resolve("uploads");
    }

    public Path searchDir() {
        return dataDir.resolve("search");
    }

    /**
     * What makes starts faster and is made again when missing: the SQLite driver's native library, and the JVM's
     * archive of Masthead's classes that {@code bin/masthead} keeps.
     */
    public Path cacheDir() {
        return dataDir.resolve("cache");
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
