package press.masthead.cli;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.app.Setting;
import press.masthead.app.Settings;
import press.masthead.demo.DemoContent;
import press.masthead.web.HttpServer;

/** {@code masthead serve}: migrates, optionally fills an empty site with demo content, and serves until stopped. */
@Command(name = "serve", description = "Migrate the database and serve the site.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CommonOptions common;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default 127.0.0.1; env MASTHEAD_HOST)")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080; env MASTHEAD_PORT)")
    String port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address of the site, e.g. https://news.example.com/ (env MASTHEAD_BASE_URL)")
    String baseUrl;

    @Option(names = "--theme", paramLabel = "NAME", description = "Theme folder in DATA/themes (default: the bundled theme)")
    String theme;

    @Option(names = "--demo", description = "Fill an empty site with demo articles and pages; a site with content is left alone")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        putIfSet(flags, Setting.HOST, host);
        putIfSet(flags, Setting.PORT, port);
        putIfSet(flags, Setting.BASE_URL, baseUrl);
        putIfSet(flags, Setting.THEME, theme);
        Settings settings = common.resolve(flags);
        HttpServer.ensurePortFree(settings.host(), settings.port());
        MastheadApp app = MastheadApp.open(settings, Clock.systemUTC());
        HttpServer server;
        try {
            if (demo) {
                boolean filled = new DemoContent(app).fillIfEmpty();
                spec.commandLine().getOut().println(filled ? "Demo content added." : "The site already has content; --demo left it unchanged.");
            }
            server = app.serve();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                app.close();
                log.info("Masthead stopped cleanly");
                stopped.countDown();
            }, "masthead-shutdown"));
        } catch (IllegalStateException shuttingDown) {
            // Told to stop while it started: the process ends as soon as the running hooks have.
            server.stop();
            app.close();
            log.info("Masthead stopped while starting");
            return 0;
        }
        spec.commandLine().getOut().println("Masthead serving " + settings.listenUrl(server.port()));
        app.setupLinks().issueIfNoAdmin().ifPresent(token -> spec.commandLine().getOut().println(
                "No admin account yet. Create one within 24 hours at this one-time link: "
                        + settings.publicUrl(server.port()) + "admin/setup?token=" + token));
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    private static void putIfSet(Map<Setting, String> flags, Setting setting, String value) {
        if (value != null) {
            flags.put(setting, value);
        }
    }
}
