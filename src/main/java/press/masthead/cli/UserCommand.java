package press.masthead.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.Role;
import press.masthead.app.MastheadApp;

/**
 * {@code masthead user}: creates accounts, lists them and sets passwords from the shell. Passwords come on standard
 * input only, never as an argument, so they stay out of the shell history and the process list.
 */
@Command(name = "user", description = "Add, list and set the password of accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Passwd.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    MastheadCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The first line of standard input, without its line ending. */
    String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(root.stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new AccountException("password", "none was given on standard input; pipe it in, e.g."
                        + " printf '%s\\n' \"$PASSWORD\" | masthead user add ...");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the password from standard input", e);
        }
    }

    @Command(name = "add", description = "Create an account; the password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        UserCommand parent;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name bylines show")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, editor, author or contributor")
        String role;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Role chosen = Role.fromCode(role);
            String password = parent.readPassword();
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Account account = app.accounts().create(email, name, chosen, password);
                app.auditLog().record(null, "account.created", account.email(), "role " + chosen.code()
                        + ", from the command line", "");
                spec.commandLine().getOut().println("Created " + chosen.code() + " account " + account.email() + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List every account with its role.")
    static final class ListAccounts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                for (Account account : app.accounts().all()) {
                    spec.commandLine().getOut().println(account.email() + "\t" + account.role().code() + "\t"
                            + account.name() + (account.hasTwoFactor() ? "\ttwo-factor" : "")
                            + (account.canLogIn() ? "" : "\tno password"));
                }
            }
            return 0;
        }
    }

    @Command(name = "passwd", description = "Set an account's password (read from standard input) and log it out everywhere.")
    static final class Passwd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        UserCommand parent;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = parent.readPassword();
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Account account = app.accounts().require(email);
                app.accounts().changePassword(account.id(), password);
                int ended = app.sessions().endAll(account.id());
                app.auditLog().record(null, "account.password_changed", account.email(), "from the command line", "");
                spec.commandLine().getOut().println("Password set for " + account.email() + "; " + ended
                        + " session(s) logged out.");
            }
            return 0;
        }
    }
}
