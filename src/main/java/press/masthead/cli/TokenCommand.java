package press.masthead.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.ApiToken;
import press.masthead.accounts.ApiTokens;
import press.masthead.app.MastheadApp;

/** {@code masthead token}: personal API tokens for the Admin API, made, listed and revoked from the shell. */
@Command(name = "token", description = "Create, list and revoke personal API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", description = "Print a new token for an account, once; only its hash is kept.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", paramLabel = "LABEL", description = "What the token is for")
        String name;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Account account = app.accounts().require(email);
                ApiTokens.Created created = app.apiTokens().create(account.id(), name);
                app.auditLog().record(account, "token.created", created.record().name(), "from the command line", "");
                spec.commandLine().getOut().println(created.token());
                spec.commandLine().getErr().println("Token " + created.record().id() + " created for " + account.email()
                        + ". It is shown only this once.");
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List an account's tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                Account account = app.accounts().require(email);
                for (ApiToken token : app.apiTokens().forAccount(account.id())) {
                    spec.commandLine().getOut().println(token.id() + "\t" + token.name() + "\tcreated "
                            + token.createdAt() + "\t" + (token.lastUsedAt() == null ? "never used" : "last used " + token.lastUsedAt())
                            + (token.isRevoked() ? "\trevoked" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a token by its id; it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (MastheadApp app = MastheadApp.open(common.resolve(), Clock.systemUTC())) {
                ApiToken token = app.apiTokens().find(id)
                        .orElseThrow(() -> new AccountException("id", "no token has id " + id));
                if (!app.apiTokens().revoke(id)) {
                    spec.commandLine().getOut().println("Token " + id + " was already revoked.");
                    return 0;
                }
                app.auditLog().record(app.accounts().find(token.accountId()).orElse(null), "token.revoked",
                        token.name(), "from the command line", "");
                spec.commandLine().getOut().println("Token " + id + " revoked.");
            }
            return 0;
        }
    }
}
