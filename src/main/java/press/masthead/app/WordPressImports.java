package press.masthead.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.importer.wordpress.WxrFormatException;
import press.masthead.output.ExportProgress;

/**
 * Runs a WordPress import for the command line and the admin alike. A dry run imports into a copy of the database
 * that is thrown away afterwards, so its report is exactly what the import would do.
 */
public final class WordPressImports {
    private final MastheadApp app;

    WordPressImports(MastheadApp app) {
        this.app = app;
    }

    /**
     * @param shownAs how the report and errors name the file
     * @throws WxrFormatException when the file is not a well-formed WordPress export; nothing was saved then
     */
    public ImportReport run(Path file, String shownAs, ImportOptions options, ExportProgress progress) {
        if (!options.dryRun()) {
            return app.wordPressImporter().run(file, shownAs, options, progress);
        }
        Path scratch = scratchFolder();
        try {
            app.copyDatabaseTo(scratch.resolve("masthead.db"));
            try (MastheadApp copy = MastheadApp.open(app.settings().withScratchDatabase(scratch), app.clock())) {
                return copy.wordPressImporter().run(file, shownAs, options, progress);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    private Path scratchFolder() {
        try {
            Path parent = Files.createDirectories(app.settings().scratchDir());
            return Files.createTempDirectory(parent, "dry-run-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch folder for the dry run in "
                    + app.settings().scratchDir() + ": " + e.getMessage(), e);
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
