package press.masthead.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.backup.BackupException;
import press.masthead.backup.BackupSummary;

/** {@code masthead backup FILE}: a consistent backup of the database and the media, also while the site serves. */
@Command(name = "backup", description = "Back up the database and the media folder into one zip archive with a"
        + " manifest of checksums. Safe while Masthead is serving.")
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The archive to write, e.g. masthead-2026-11-28.zip")
    Path file;

    @Override
    public Integer call() {
        try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
            BackupSummary summary = app.backups().write(file);
            spec.commandLine().getOut().println("Backed up " + summary + " to " + file + ". Restore it with: masthead"
                    + " restore " + file + " --data EMPTY_FOLDER");
        } catch (BackupException e) {
            spec.commandLine().getErr().println("masthead: " + e.getMessage());
            return MastheadCommand.EXIT_FAILURE;
        }
        return 0;
    }
}
