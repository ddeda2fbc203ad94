package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.masthead.testing.ServingProcess;
import press.masthead.testing.TempDirs;

/** {@code masthead serve --demo} as its own process: announces itself, serves the demo, and stops cleanly on SIGTERM. */
@Tag("smoke")
class ServeProcessTest {
    private final Path dataDir = TempDirs.create("serve-");
    private final Path stderr = dataDir.resolveSibling(dataDir.getFileName() + ".err");

    @AfterEach
    void cleanUp() throws Exception {
        TempDirs.delete(dataDir);
        Files.deleteIfExists(stderr);
    }

    @Test
    void servesTheDemoAndShutsDownCleanlyOnSigterm() throws Exception {
        ProcessBuilder serve = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "press.masthead.Masthead",
                "serve", "--demo", "--port", "0", "--data", dataDir.toString()));
        try (ServingProcess process = ServingProcess.start(serve, stderr)) {
            HttpResponse<String> home = process.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("The Harbour Ledger");
            assertThat(process.mappedFiles("sqlitejdbc"))
                    .as("the driver loads the copy of its native library kept in the data directory, not one in /tmp")
                    .singleElement().asString()
                    .startsWith(dataDir.toAbsolutePath().resolve("cache") + "/sqlitejdbc-");

            assertThat(process.stop(Duration.ofSeconds(30)))
                    .contains("Masthead stopped cleanly").doesNotContain("Exception")
                    .as("libraries' java.util.logging records come through Logback, not in their own format")
                    .doesNotContainPattern("(?m)^[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M ");
        }
    }
}
