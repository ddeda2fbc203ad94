package press.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.importer.wordpress.ExportCounts;

/** {@code masthead export wordpress FILE}: the whole site as a WXR 1.2 file that WordPress's importer reads. */
@Command(name = "wordpress", description = "Write the site as a WordPress export (WXR 1.2) that WordPress's importer"
        + " and masthead import wordpress read: authors, categories, tags, media, pages, articles and comments.")
final class ExportWordPressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "Where to write the export (replaced if it exists)")
    Path file;

    @Override
    public Integer call() {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("masthead: the folder for " + file + " does not exist; create it or"
                    + " choose another place");
            return MastheadCommand.EXIT_CONFIGURATION;
        }
        try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
            ExportCounts counts = app.wordPressExporter().export(file);
            spec.commandLine().getOut().println("Exported " + counts + " to " + file + ".");
        }
        return 0;
    }
}
