package press.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.importer.wordpress.WxrFormatException;

/**
 * {@code masthead import wordpress FILE}: imports a WordPress export and prints the report. A dry run imports into
 * a copy of the database that is thrown away afterwards, so its report is exactly what the import would do.
 */
@Command(name = "wordpress", description = {
        "Import a WordPress export (WXR): authors, categories, tags, posts, pages, comments and media, with"
                + " redirects from the old URLs. Importing the same file again updates instead of duplicating.",
        "A file that is not well formed is refused (exit code 2) and nothing is imported."})
final class ImportWordPressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The export file (Tools > Export in WordPress)")
    Path file;

    @Option(names = "--media", paramLabel = "DIR",
            description = "A copy of the old site's wp-content/uploads; files found there are copied into DATA/media")
    Path mediaDir;

    @Option(names = "--keep-permalinks",
            description = "Set the article URL pattern to the old site's structure, when it can express it")
    boolean keepPermalinks;

    @Option(names = "--dry-run", description = "Report what the import would do, and change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mediaDir != null && !Files.isDirectory(mediaDir)) {
            err.println("masthead: --media " + mediaDir + " is not a folder; give a copy of the old site's"
                    + " wp-content/uploads folder");
            return MastheadCommand.EXIT_CONFIGURATION;
        }
        ImportOptions options = new ImportOptions(mediaDir, keepPermalinks, dryRun);
        Settings settings = common.resolve();
        ImportReport report;
        try (MastheadApp app = MastheadApp.open(settings, Clock.systemUTC())) {
            report = dryRun ? dryRun(app, options) : app.wordPressImporter().run(file, options);
        } catch (WxrFormatException e) {
            err.println(e.getMessage());
            err.println("masthead: nothing was imported.");
            return MastheadCommand.EXIT_CONFIGURATION;
        }
        out.print(report.text());
        if (report.savedAs() != null) {
            out.println();
            out.println("This report is saved as " + report.savedAs());
        }
        out.flush();
        return 0;
    }

    private ImportReport dryRun(MastheadApp app, ImportOptions options) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("masthead-dry-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch folder for the dry run: " + e.getMessage(), e);
        }
        try {
            Path database = scratch.resolve("masthead.db");
            app.copyDatabaseTo(database);
            Settings real = app.settings();
            Settings copy = new Settings(scratch, real.host(), real.port(), real.baseUrl(), "jdbc:sqlite:" + database,
                    "", "", "default", real.pageCacheMb(), real.cdnMaxAge(), real.mediaMaxUploadMb(),
                    scratch.resolve("media"), real.trustedProxies());
            try (MastheadApp scratchApp = MastheadApp.open(copy, app.clock())) {
                return scratchApp.wordPressImporter().run(file, options);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the dry run's scratch folder " + folder, e);
        }
    }
}
