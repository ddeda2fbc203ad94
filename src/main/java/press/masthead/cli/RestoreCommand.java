package press.masthead.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.backup.BackupException;
import press.masthead.backup.BackupRestorer;
import press.masthead.backup.BackupSummary;

/**
 * {@code masthead restore FILE --data DIR}: checks every entry of a backup, writes it into the data directory and
 * opens the restored database once, which brings its schema up to date.
 */
@Command(name = "restore", description = {"Restore a backup made by masthead backup into an empty data directory.",
        "Every checksum is checked before anything is written; stop Masthead before restoring over its data."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The backup archive")
    Path file;

    @Option(names = "--force", description = "Replace the database, media and search index of a site already there")
    boolean force;

    @Override
    public Integer call() {
        Settings settings = common.resolve();
        String ownDatabase = "jdbc:sqlite:" + settings.dataDir().resolve("masthead.db");
        if (!settings.databaseUrl().equals(ownDatabase)) {
            spec.commandLine().getErr().println("masthead: restore writes the database into the data directory ("
                    + ownDatabase + "), but the database URL is " + settings.databaseUrl()
                    + "; restore without --database-url or MASTHEAD_DATABASE_URL");
            return MastheadCommand.EXIT_CONFIGURATION;
        }
        BackupSummary summary;
        try {
            summary = new BackupRestorer().restore(file, settings.dataDir(), force);
        } catch (BackupException e) {
            spec.commandLine().getErr().println("masthead: " + e.getMessage());
            return MastheadCommand.EXIT_FAILURE;
        }
        try (MastheadApp app = MastheadApp.open(settings, Clock.systemUTC())) {
            spec.commandLine().getOut().println("Restored " + summary + " into " + settings.dataDir() + ": "
                    + app.articleStore().countAll() + " articles. Start it with: masthead serve --data "
                    + settings.dataDir());
        }
        return 0;
    }
}
