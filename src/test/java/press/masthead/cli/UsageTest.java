package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import press.masthead.testing.CommandLineRun;

/** What the command line says about itself: the list of commands, each command's options, and typing errors. */
class UsageTest {

    @Test
    void withoutACommandItListsEveryCommand() {
        CommandLineRun run = CommandLineRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: masthead [-hV] [COMMAND]");
        for (String command : new String[] {"serve", "migrate", "import", "export", "backup", "restore", "reindex",
                "correction", "user", "token", "version"}) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "migrate", "backup", "restore", "reindex", "version"})
    void everyCommandExplainsItselfWithHelp(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: masthead " + command + " [-hV]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void nestedCommandsExplainThemselvesToo() {
        CommandLineRun run = CommandLineRun.of("export", "static", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: masthead export static [-hV]").contains("--gzip");
    }

    @Test
    void aMistypedCommandIsRefusedWithTheNearestNames() {
        CommandLineRun run = CommandLineRun.of("sevre");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'sevre'").contains("masthead serve");
    }

    @Test
    void anUnknownOptionOfACommandIsRefusedWithThatCommandsUsage() {
        CommandLineRun run = CommandLineRun.of("serve", "--prot", "8080");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--prot', '8080'").contains("Usage: masthead serve");
    }
}
