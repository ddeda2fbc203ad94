package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** Each setting Masthead cannot use stops start-up with one clear line, a non-zero exit, and nothing changed. */
class StartupFailureTest {
    private final Path parent = TempDirs.create("startup-");
    private final Path dataDir = parent.resolve("data");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(parent);
    }


    @Test
    void badPortStopsStartUpAndCreatesNothing() {
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", dataDir.toString(), "--port", "http");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("masthead: Setting port = \"http\" (from the flag --port)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void badBaseUrlStopsStartUp() {
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", dataDir.toString(), "--base-url", "ftp://example.com/");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("base-url = \"ftp://example.com/\"");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void missingThemeStopsStartUp() {
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", dataDir.toString(), "--theme", "broadsheet", "--port", "0");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Theme 'broadsheet' was not found");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void unwritableDataDirectoryStopsStartUp() throws IOException {
        // A path below a plain file can never be created, even by root.
        Path file = Files.writeString(parent.resolve("plain-file"), "x");
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", file.resolve("data").toString(), "--port", "0");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("is not writable");
    }

    @Test
    void dataDirectoryThatIsAFileStopsStartUp() throws IOException {
        Path file = Files.writeString(parent.resolve("data"), "x");
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", file.toString(), "--port", "0");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("is a file, not a folder");
    }

    @Test
    void portInUseStopsStartUpBeforeTheDatabaseIsCreated() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CommandLineRun outcome = CommandLineRun.of("serve", "--data", dataDir.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.err()).contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
        assertThat(dataDir.resolve("masthead.db")).doesNotExist();
    }

    @Test
    void aSecondServerOfTheSameSiteStopsWithOneLineAndListensNoLonger() throws IOException {
        int port = portFreeAMomentAgo();
        try (TestSite running = TestSite.start()) {
            // The second server listens before it finds the search index held, then stops.
            CommandLineRun second = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> CommandLineRun.of(
                    "serve", "--data", running.dataDir().toString(), "--port", Integer.toString(port)));

            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err()).contains("is in use by another Masthead process");
            assertThat(running.get("/").statusCode()).as("the first server").isEqualTo(200);
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).as("the second server's port, free again").isEqualTo(port);
        }
    }

    @Test
    void databaseFromANewerMastheadIsRefusedAndLeftAlone() throws SQLException, IOException {
        assertThat(CommandLineRun.of("migrate", "--data", dataDir.toString()).exitCode()).isZero();
        String url = "jdbc:sqlite:" + dataDir.resolve("masthead.db");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'from the future',"
                    + " 'SQL', 'V999__future.sql', 0, 'test', 0, 1)");
        }
        byte[] before = Files.readAllBytes(dataDir.resolve("masthead.db"));
        CommandLineRun outcome = CommandLineRun.of("serve", "--data", dataDir.toString(), "--port", "0");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("written by a newer Masthead (schema version 999");
        assertThat(Files.readAllBytes(dataDir.resolve("masthead.db"))).isEqualTo(before);
    }

    @Test
    void anUnreachablePostgresqlStopsServeAndMigrateWithOneLineNamingItWithoutThePassword() throws IOException {
        int closedPort = portFreeAMomentAgo();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/news?user=masthead&password=s3cret";
        for (String command : new String[] {"serve", "migrate"}) {
            CommandLineRun outcome = CommandLineRun.of(command, "--data", dataDir.toString(), "--database-url", url);
            assertThat(outcome.exitCode()).as(command).isEqualTo(1);
            assertThat(outcome.err()).as(command)
                    .startsWith("masthead: Cannot use the database jdbc:postgresql://127.0.0.1:" + closedPort
                            + "/news?user=masthead&password=***: ")
                    .contains("refused")
                    .doesNotContain("s3cret").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(outcome.err().strip().lines()).as(command).hasSize(1);
        }
    }

    @Test
    void migrateCreatesAndUpdatesTheSchema() {
        CommandLineRun outcome = CommandLineRun.of("migrate", "--data", dataDir.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("is up to date");
        assertThat(dataDir.resolve("masthead.db")).exists();
    }

    @Test
    void versionPrintsTheVersionAndTheRuntime() {
        CommandLineRun outcome = CommandLineRun.of("version");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).matches("Masthead \\S+ \\(Java .+\\)\\s*");
    }

    /** A port of 127.0.0.1 that nothing listened on a moment ago. */
    private static int portFreeAMomentAgo() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }
}
