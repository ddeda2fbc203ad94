package press.masthead.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import press.masthead.output.PageCache;
import org.slf4j.LoggerFactory;

/** The Javalin server: every feature's routes, the security headers, and error answers that never show a stack trace. */
public final class HttpServer {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    /** The JVM compresses object references to 4 bytes when the heap is below 32 GB, as it is unless told otherwise. */
    private static final long COMPRESSED_REFERENCES_BELOW = 32L << 30;

    static {
        // Unless told, Jetty asks the JVM through JMX whether references are compressed, to pad its queues against
        // false sharing; that starts the platform MBean server, a tenth of a second of every start. The heap size
        // answers the same question. The property is Jetty's own, so whoever sets it keeps their value.
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < COMPRESSED_REFERENCES_BELOW;
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
        }
    }

    private final String host;
    private final int requestedPort;
    private final Javalin javalin;

    /**
     * @param uploadSpool where uploads are written as they arrive, so that none is held in memory; in the data
     *                    directory, so that moving one into place is a rename
     */
    public HttpServer(String host, int port, List<String> trustedProxies, List<Routes> features, ErrorPages errorPages,
                      PageCache cache, Path uploadSpool) {
        ForwardedRequest forwarded = new ForwardedRequest(trustedProxies);
        this.host = host;
        this.requestedPort = port;
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.concurrency.useVirtualThreads = Runtime.version().feature() >= 21;
            config.router.ignoreTrailingSlashes = false;
            config.contextResolver.ip = forwarded::ip;
            config.contextResolver.scheme = forwarded::scheme;
            config.jetty.multipartConfig.cacheDirectory(createdFolder(uploadSpool).toString());
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new PlainErrorHandler());
                // Javalin puts its servlet context inside the innermost wrapper it finds, so this one runs first.
                server.setHandler(new PageCacheHandler(cache));
            });
            config.routes.before(ctx -> {
                // Read before anything is rendered: a change committed meanwhile keeps this response out of the cache.
                ctx.attribute(PageResponder.GENERATION, cache.generation());
                SecurityHeaders.PUBLIC.forEach(header -> ctx.header(header.getKey(), header.getValue()));
            });
            for (Routes feature : features) {
                feature.register(config.routes);
            }
            config.routes.exception(BadRequestException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> serverError(ctx, e, errorPages));
        });
    }

    /**
     * Checks that the port is free before anything else happens, so a start that cannot listen changes nothing
     * (no database created, no migration run).
     */
    public static void ensurePortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new PortInUseException(host, port, e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    public void start() {
        try {
            javalin.start(host, requestedPort);
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                throw new PortInUseException(host, requestedPort, e);
            }
            throw e;
        }
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private static Path createdFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the upload folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void badRequest(Context ctx, String message) {
        ctx.status(400).contentType("text/plain; charset=utf-8")
                .result(("400 Bad Request\n" + message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void serverError(Context ctx, Exception e, ErrorPages errorPages) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Request {} {} answered 503: the database is out of reach ({})", ctx.method(), ctx.path(),
                    e.getMessage());
            // The themed error page needs the site's settings from the database, so this answer is plain.
            ctx.status(503).header("Retry-After", "30").header("Cache-Control", "no-store")
                    .contentType("text/plain; charset=utf-8")
                    .result("503 Service Unavailable\nThe site cannot reach its database just now; please try again in a"
                            + " moment.\n");
            return;
        }
        log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        try {
            Responses.send(ctx, errorPages.serverError());
        } catch (RuntimeException again) {
            log.error("The error page failed too", again);
            ctx.status(500).contentType("text/plain; charset=utf-8")
                    .result("500 Internal Server Error\nSomething went wrong on our side; please try again shortly.\n");
        }
    }
}
