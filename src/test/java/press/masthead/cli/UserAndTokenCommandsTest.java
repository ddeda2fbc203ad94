package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.accounts.Account;
import press.masthead.accounts.Passwords;
import press.masthead.accounts.Role;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.testing.Backend;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;

/** The account commands, each case on a new site of its own on either database. */
@OnBothDatabases
class UserAndTokenCommandsTest {
    private final Backend backend;
    private final Path data = TempDirs.create("masthead-users-");
    private final Settings site;

    UserAndTokenCommandsTest(Backend backend) {
        this.backend = backend;
        site = backend.settingsFor(data);
    }

    @AfterEach
    void clean() {
        backend.release(site);
        TempDirs.delete(data);
    }

    private CommandLineRun run(String stdin, String... args) {
        return CommandLineRun.withInput(stdin, CommandLineRun.against(site, args));
    }

    private Account account(String email) {
        try (MastheadApp app = MastheadApp.open(site, Clock.systemUTC())) {
            return app.accounts().findByEmail(email).orElseThrow();
        }
    }

    @Test
    void user_add_reads_the_password_from_standard_input_and_gives_the_account_a_byline() {
        CommandLineRun added = run("first password here\n", "user", "add", "--email", "Desk@Example.org",
                "--name", "Night Desk", "--role", "editor", "--password-stdin");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Created editor account desk@example.org");
        Account desk = account("desk@example.org");
        assertThat(desk.role()).isEqualTo(Role.EDITOR);
        assertThat(desk.authorId()).isNotNull();
        assertThat(Passwords.matches("first password here", desk.passwordHash())).isTrue();
    }

    @Test
    void user_add_refuses_a_bad_role_a_short_password_and_a_duplicate_with_exit_code_2() {
        run("long enough password\n", "user", "add", "--email", "a@example.org", "--name", "A", "--role", "author",
                "--password-stdin");

        CommandLineRun badRole = run("long enough password\n", "user", "add", "--email", "b@example.org", "--name", "B",
                "--role", "owner", "--password-stdin");
        CommandLineRun shortPassword = run("short\n", "user", "add", "--email", "c@example.org", "--name", "C",
                "--role", "author", "--password-stdin");
        CommandLineRun duplicate = run("long enough password\n", "user", "add", "--email", "A@example.org", "--name",
                "A again", "--role", "author", "--password-stdin");
        CommandLineRun noPassword = run("", "user", "add", "--email", "d@example.org", "--name", "D",
                "--role", "author", "--password-stdin");

        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("'owner' is not a role");
        assertThat(shortPassword.exitCode()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("password: must be at least 10 characters");
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err()).contains("already exists");
        assertThat(noPassword.exitCode()).isEqualTo(2);
        assertThat(noPassword.err()).contains("none was given on standard input");
        assertThat(run("", "user", "list").out().lines()).hasSize(1);
    }

    @Test
    void user_list_shows_every_account_and_passwd_changes_the_password() {
        run("long enough password\n", "user", "add", "--email", "e@example.org", "--name", "Eve", "--role", "admin",
                "--password-stdin");

        CommandLineRun list = run("", "user", "list");
        CommandLineRun passwd = run("a different password\n", "user", "passwd", "--email", "e@example.org",
                "--password-stdin");

        assertThat(list.out()).contains("e@example.org\tadmin\tEve");
        assertThat(passwd.exitCode()).as(passwd.err()).isZero();
        assertThat(Passwords.matches("a different password", account("e@example.org").passwordHash())).isTrue();
    }

    @Test
    void token_create_prints_the_token_once_and_revoke_stops_it() {
        run("long enough password\n", "user", "add", "--email", "bot@example.org", "--name", "Bot", "--role", "author",
                "--password-stdin");

        CommandLineRun created = run("", "token", "create", "--email", "bot@example.org", "--name", "feeds script");
        String token = created.out().strip();
        CommandLineRun listed = run("", "token", "list", "--email", "bot@example.org");
        String id = listed.out().split("\t")[0];

        try (MastheadApp app = MastheadApp.open(site, Clock.systemUTC())) {
            assertThat(app.apiTokens().authenticate(token)).map(Account::email).hasValue("bot@example.org");
        }
        assertThat(listed.out()).contains("feeds script").doesNotContain(token);
        assertThat(run("", "token", "revoke", id).out()).contains("revoked");
        try (MastheadApp app = MastheadApp.open(site, Clock.systemUTC())) {
            assertThat(app.apiTokens().authenticate(token)).isEmpty();
        }
    }
}
