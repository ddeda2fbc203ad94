package press.masthead.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code masthead import}: moves content in from another platform; each platform is a subcommand. */
@Command(name = "import", description = "Import content from another platform.",
        subcommands = ImportWordPressCommand.class)
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
