package press.masthead.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code masthead export}: writes the site out in another form; each form is a subcommand. */
@Command(name = "export", description = "Export the site.", subcommands = ExportWordPressCommand.class)
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
