package press.masthead.app;

import java.nio.file.Path;

/**
 * The resolved runtime settings. {@code baseUrl} is null when none was given; the site's own setting or the
 * listening address then stands in.
 */
public record Settings(Path dataDir, String host, int port, String baseUrl, String databaseUrl, String databaseUser,
                       String databasePassword, String theme) {

    public Path themesDir() {
        return dataDir.resolve("themes");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    public Path searchDir() {
        return dataDir.resolve("search");
    }

    /** The address Masthead listens on, as a base URL for links when no base URL is set. */
    public String listenUrl(int actualPort) {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + actualPort + "/";
    }
}
