package press.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.media.MediaStorage;
import press.masthead.store.Database;
import press.masthead.web.HttpServer;

/**
 * The real Masthead on a random port over a fresh database (an SQLite file unless a {@link Backend} says otherwise)
 * in a temporary data directory. One line starts it; {@link #close()} stops it and deletes the directory and the
 * database.
 */
public final class TestSite implements AutoCloseable {
    private final Path dataDir;
    private final Backend backend;
    private final MastheadApp app;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestSite(Path dataDir, Backend backend, MastheadApp app, HttpServer server) {
        this.dataDir = dataDir;
        this.backend = backend;
        this.app = app;
        this.server = server;
    }

    public static TestSite start() {
        return start(Backend.SQLITE);
    }

    public static TestSite start(Backend backend) {
        return start(backend, app -> { });
    }

    /** Starts a site after {@code seed} has put content into it. */
    public static TestSite start(Consumer<MastheadApp> seed) {
        return start(Backend.SQLITE, seed);
    }

    public static TestSite start(Backend backend, Consumer<MastheadApp> seed) {
        return start(backend, seed, settings -> { });
    }

    public static TestSite start(Consumer<MastheadApp> seed, Consumer<Path> prepareDataDir) {
        return start(Backend.SQLITE, seed, settings -> prepareDataDir.accept(settings.dataDir()));
    }

    public static TestSite start(Backend backend, Consumer<MastheadApp> seed, Consumer<Settings> prepare) {
        return start(backend, Clock.systemUTC(), seed, prepare);
    }

    /**
     * Starts a site whose every time (sessions, schedules, expiries) comes from {@code clock}.
     *
     * @param prepare runs with the site's settings on the empty data directory and database before Masthead opens
     *                them (to add a theme, or restore a backup, say)
     */
    public static TestSite start(Backend backend, Clock clock, Consumer<MastheadApp> seed,
                                 Consumer<Settings> prepare) {
        return start(backend, clock, UnaryOperator.identity(), MastheadApp::mediaStorageFor, seed, prepare);
    }

    /**
     * Starts one node of a site whose database others share: closing it leaves the database alone (the test that
     * made it drops it).
     */
    public static TestSite node(Settings settings, Clock clock) {
        MastheadApp app = MastheadApp.open(settings, clock);
        return new TestSite(settings.dataDir(), null, app, app.serve());
    }

    /** Starts a site on SQLite with settings other than the defaults, such as trusted proxies. */
    public static TestSite startWith(UnaryOperator<Settings> adjust) {
        return startWith(Backend.SQLITE, adjust);
    }

    public static TestSite startWith(Backend backend, UnaryOperator<Settings> adjust) {
        return start(backend, Clock.systemUTC(), adjust, MastheadApp::mediaStorageFor, app -> { }, settings -> { });
    }

    /** Starts a site on SQLite that keeps its media in {@code media} instead of the storage its settings name. */
    public static TestSite startWithMediaStorage(MediaStorage media, Consumer<MastheadApp> seed) {
        return start(Backend.SQLITE, Clock.systemUTC(), UnaryOperator.identity(), settings -> media, seed,
                settings -> { });
    }

    private static TestSite start(Backend backend, Clock clock, UnaryOperator<Settings> adjust,
                                  Function<Settings, MediaStorage> media, Consumer<MastheadApp> seed,
                                  Consumer<Settings> prepare) {
        Path dataDir = TempDirs.create("masthead-site-");
        Settings settings = adjust.apply(backend.settingsFor(dataDir));
        prepare.accept(settings);
        MastheadApp app = MastheadApp.open(settings, clock, media.apply(settings));
        seed.accept(app);
        return new TestSite(dataDir, backend, app, app.serve());
    }

    /** Settings for a site on SQLite in {@code dataDir}; {@link Backend#settingsFor} chooses the database. */
    public static Settings settingsFor(Path dataDir) {
        return Backend.SQLITE.settingsFor(dataDir);
    }

    public MastheadApp app() {
        return app;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * A connection pool of its own on this site's database, as another node of the site has; the caller closes it.
     * Two pools on one SQLite file are two processes sharing it.
     */
    public Database openDatabaseAsAnotherNode() {
        Settings settings = app.settings();
        return Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** GETs a raw path (sent as written, so it may hold percent-encoding) without following redirects. */
    public HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(url(rawPath))).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(url(rawPath))), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response read off the wire, for requests an HTTP client refuses to send (a malformed path, say). */
    public record RawResponse(int status, String text) {
    }

    /** Sends {@code GET rawPath} exactly as written over a plain socket. */
    public RawResponse rawGet(String rawPath) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(text.indexOf(' ') + 1, text.indexOf(' ') + 4));
            return new RawResponse(status, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs a page that must answer 200 and parses it, with its URL as the base for relative links. */
    public Document page(String rawPath) {
        HttpResponse<String> response = get(rawPath);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + rawPath + " answered " + response.statusCode() + ", expected 200");
        }
        return Jsoup.parse(response.body(), url(rawPath));
    }

    /**
     * A page once it contains {@code text}: a change made by another process (the command line) reaches a running
     * site's page cache within a second, not at once.
     */
    public Document pageOnceItShows(String rawPath, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Document page = page(rawPath);
        while (!page.text().contains(text) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            page = page(rawPath);
        }
        if (!page.text().contains(text)) {
            throw new AssertionError(rawPath + " still does not show '" + text + "' after 5 seconds");
        }
        return page;
    }

    @Override
    public void close() {
        server.stop();
        app.close();
        if (backend != null) {
            backend.release(app.settings());
        }
        TempDirs.delete(dataDir);
    }
}
