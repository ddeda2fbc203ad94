package press.masthead.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;

/** {@code masthead reindex}: rebuilds the search index from the database, e.g. after changing the site's language. */
@Command(name = "reindex", description = "Rebuild the search index from the database (with the server stopped).")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
            int count = app.reindex();
            spec.commandLine().getOut().println("Indexed " + count + (count == 1 ? " published article" : " published articles")
                    + " for search in " + app.settings().searchDir() + ".");
        }
        return 0;
    }
}
