package press.masthead.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import press.masthead.accounts.AccountException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import press.masthead.app.SettingException;
import press.masthead.content.InvalidContentException;
import press.masthead.search.SearchIndexBusyException;
import press.masthead.store.DatabaseUnavailableException;
import press.masthead.store.NewerDatabaseException;
import press.masthead.theme.ThemeException;
import press.masthead.web.PortInUseException;

/** The {@code masthead} command and its subcommands. */
@Command(name = "masthead", description = "Masthead: a self-hosted news and blog publishing platform.",
        versionProvider = Version.class, mixinStandardHelpOptions = true, scope = ScopeType.INHERIT)
public final class MastheadCommand implements Runnable {
    /** In the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, MigrateCommand.class,
            ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class, ReindexCommand.class,
            CorrectionCommand.class, UserCommand.class, TokenCommand.class, VersionCommand.class);

    /** Exit code for settings, themes and databases Masthead cannot use as they are. */
    static final int EXIT_CONFIGURATION = 2;
    static final int EXIT_FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code --password-stdin} reads from. */
    InputStream stdin = System.in;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; problems a user can fix print one clear line, no trace. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, reading passwords given on standard input from {@code in}. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        MastheadCommand root = new MastheadCommand();
        root.stdin = in;
        CommandLine commandLine = new CommandLine(root);
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (e instanceof SettingException || e instanceof ThemeException || e instanceof NewerDatabaseException
                    || e instanceof InvalidContentException) {
                cl.getErr().println("masthead: " + e.getMessage());
                return EXIT_CONFIGURATION;
            }
            if (e instanceof AccountException refused) {
                cl.getErr().println("masthead: " + refused.field() + ": " + refused.getMessage());
                return EXIT_CONFIGURATION;
            }
            if (e instanceof PortInUseException || e instanceof SearchIndexBusyException
                    || e instanceof DatabaseUnavailableException) {
                cl.getErr().println("masthead: " + e.getMessage());
                return EXIT_FAILURE;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    /**
     * Only the subcommand being run, when the first argument names one; every subcommand otherwise, for the usage,
     * the version and suggestions after a typing error. Picocli reads each command's annotations by reflection as it
     * is added, and all of them would cost a quarter of a second of every start.
     */
    private static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }
}
