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
import press.masthead.app.DatabaseServerTarget;
import press.masthead.app.MastheadApp;
import press.masthead.app.SettingException;
import press.masthead.app.Settings;
import press.masthead.backup.BackupException;
import press.masthead.backup.BackupRestorer;
import press.masthead.backup.BackupSummary;
import press.masthead.backup.SqliteFileTarget;
import press.masthead.store.Dialect;

/**
 * {@code masthead restore FILE --data DIR}: checks every entry of a backup, writes its media where the settings keep
 * media ({@code media-dir}) and its database into the data directory's SQLite file or PostgreSQL, and opens the
 * restored site once, which brings its schema up to date.
 */
@Command(name = "restore", description = {"Restore a backup made by masthead backup into an empty data directory"
        + " and database (the data directory's SQLite file, or PostgreSQL with --database-url).",
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
        BackupSummary summary;
        try {
            summary = restore(settings);
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

    /**
     * Into PostgreSQL the backup's rows are copied; into the data directory's SQLite file the backup's file goes in
     * place. An SQLite file elsewhere is refused: a restore fills one data directory.
     */
    private BackupSummary restore(Settings settings) {
        if (Dialect.of(settings.databaseUrl()) == Dialect.POSTGRES) {
            try (DatabaseServerTarget server = DatabaseServerTarget.open(settings)) {
                return new BackupRestorer().restore(file, settings.dataDir(), MastheadApp.mediaStorageFor(settings),
                        server, force);
            }
        }
        String ownDatabase = "jdbc:sqlite:" + settings.dataDir().resolve("masthead.db");
        if (!settings.databaseUrl().equals(ownDatabase)) {
            throw new SettingException("restore writes an SQLite database into the data directory (" + ownDatabase
                    + "), but the database URL is " + settings.databaseUrl() + "; restore without --database-url or"
                    + " MASTHEAD_DATABASE_URL, or into PostgreSQL");
        }
        return new BackupRestorer().restore(file, settings.dataDir(), MastheadApp.mediaStorageFor(settings),
                SqliteFileTarget.in(settings.dataDir()), force);
    }
}
