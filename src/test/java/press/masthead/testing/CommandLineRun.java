package press.masthead.testing;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import press.masthead.app.Settings;
import press.masthead.cli.MastheadCommand;

/** The {@code masthead} command run in this JVM: its exit code and what it printed on each stream. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        return withInput("", args);
    }

    /** Runs the command with {@code stdin} as its standard input, as a pipe would give it. */
    public static CommandLineRun withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /**
     * The command's arguments followed by the options that point it at the site of {@code settings}: its data
     * directory and its database, whichever kind that is.
     */
    public static String[] against(Settings settings, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--data", settings.dataDir().toString(), "--database-url", settings.databaseUrl()));
        if (!settings.databaseUser().isEmpty()) {
            args.addAll(List.of("--database-user", settings.databaseUser()));
        }
        return args.toArray(String[]::new);
    }
}
