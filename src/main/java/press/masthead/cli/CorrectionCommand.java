package press.masthead.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Correction;
import press.masthead.content.CorrectionKind;

/**
 * {@code masthead correction}: adds, amends and lists the public notes on published articles. The admin UI will
 * offer the same; until then an editor with shell access uses this.
 */
@Command(name = "correction", description = "Add, amend or list corrections, clarifications and updates.",
        subcommands = {CorrectionCommand.Add.class, CorrectionCommand.Amend.class, CorrectionCommand.ListNotes.class})
final class CorrectionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Add a note to a published article.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--article", required = true, paramLabel = "ID_OR_SLUG", description = "The article's id or slug")
        String article;

        @Option(names = "--kind", defaultValue = "correction", paramLabel = "KIND",
                description = "correction, clarification or update (default correction)")
        String kind;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What the note says")
        String text;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Article found = find(app, article);
                Correction note = app.corrections().add(found.id(), CorrectionKind.fromCode(kind), text);
                spec.commandLine().getOut().println("Added " + note.kind().code() + " " + note.id() + " to '"
                        + found.headline() + "'.");
            }
            return 0;
        }
    }

    @Command(name = "amend", description = "Replace a note's wording; the earlier wording stays visible.")
    static final class Amend implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "NOTE_ID", description = "The note to amend")
        long noteId;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The new wording")
        String text;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Correction note = app.corrections().amend(noteId, text);
                spec.commandLine().getOut().println("Note " + noteId + " amended; its new wording is note " + note.id() + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List an article's notes, amended ones included.")
    static final class ListNotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--article", required = true, paramLabel = "ID_OR_SLUG", description = "The article's id or slug")
        String article;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                List<Correction> notes = app.corrections().history(find(app, article).id());
                for (Correction note : notes) {
                    spec.commandLine().getOut().println(note.id() + "\t" + note.createdAt() + "\t" + note.kind().code()
                            + (note.replaces() == null ? "" : "\treplaces " + note.replaces()) + "\t" + note.text());
                }
            }
            return 0;
        }
    }

    static Article find(MastheadApp app, String idOrSlug) {
        return app.corrections().article(idOrSlug);
    }
}
