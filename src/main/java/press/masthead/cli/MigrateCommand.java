package press.masthead.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import press.masthead.app.MastheadApp;

/** {@code masthead migrate}: brings the database schema up to date and exits, e.g. before a rolling upgrade. */
@Command(name = "migrate", description = "Bring the database schema up to date and exit.")
final class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
            spec.commandLine().getOut().println("The database at " + app.database().shownUrl() + " is up to date.");
        }
        return 0;
    }
}
