package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;

/** {@code masthead serve --demo} as its own process: announces itself, serves the demo, and stops cleanly on SIGTERM. */
@Tag("smoke")
class ServeProcessTest {
    private final Path dataDir = TempDirs.create("serve-");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dataDir);
    }

    @Test
    void servesTheDemoAndShutsDownCleanlyOnSigterm() throws Exception {
        Path stderr = dataDir.resolveSibling(dataDir.getFileName() + ".err");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "press.masthead.Masthead",
                "serve", "--demo", "--port", "0", "--data", dataDir.toString()))
                .redirectError(stderr.toFile())
                .start();
        try {
            String url = awaitServingLine(process);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("The Harbour Ledger");
            assertSqliteLibraryMappedFromTheDataDirectory(process.pid());

            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
            assertThat(Files.readString(stderr)).contains("Masthead stopped cleanly").doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }

    /** The driver loads the copy of its native library kept in the data directory, not one it extracts to /tmp. */
    private void assertSqliteLibraryMappedFromTheDataDirectory(long pid) throws IOException {
        Path maps = Path.of("/proc", Long.toString(pid), "maps");
        assumeTrue(Files.isReadable(maps), "the system shows which files a process maps");
        List<String> sqliteLibraries = Files.readAllLines(maps).stream()
                .filter(line -> line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf('/')))
                .distinct().toList();
        assertThat(sqliteLibraries).singleElement().asString()
                .startsWith(dataDir.toAbsolutePath().resolve("native").toString() + "/sqlitejdbc-");
    }

    private static String awaitServingLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("Masthead serving (http://127\\.0\\.0\\.1:\\d+/)");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher matcher = serving.matcher(line);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("serve never printed 'Masthead serving http://...'");
    }
}
