package press.masthead.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import press.masthead.cli.MastheadCommand;

/** The {@code masthead} command run in this JVM: its exit code and what it printed on each stream. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
