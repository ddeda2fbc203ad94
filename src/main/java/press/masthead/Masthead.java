package press.masthead;

import press.masthead.cli.MastheadCommand;

/** The entry point of {@code masthead.jar}. */
public final class Masthead {
    private Masthead() {
    }

    public static void main(String[] args) {
        int exitCode = MastheadCommand.run(args);
        System.exit(exitCode);
    }
}
