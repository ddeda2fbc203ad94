package press.masthead.testing;

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

/** A {@code masthead serve} running as a process of its own, started by the test and stopped as a service manager would. */
public final class ServingProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Masthead serving (http://127\\.0\\.0\\.1:\\d+/)");

    private final Process process;
    private final Path stderr;
    private final String url;

    private ServingProcess(Process process, Path stderr, String url) {
        this.process = process;
        this.stderr = stderr;
        this.url = url;
    }

    /** Starts the command and waits for its "Masthead serving" line; its standard error goes to {@code stderr}. */
    public static ServingProcess start(ProcessBuilder command, Path stderr) throws IOException {
        Process process = command.redirectError(stderr.toFile()).start();
        try {
            return new ServingProcess(process, stderr, awaitServingLine(process));
        } catch (IOException | RuntimeException | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The files the process has mapped into memory whose paths contain {@code part}, each once. */
    public List<String> mappedFiles(String part) throws IOException {
        Path maps = Path.of("/proc", Long.toString(process.pid()), "maps");
        assumeTrue(Files.isReadable(maps), "the system shows which files a process maps");
        return Files.readAllLines(maps).stream()
                .filter(line -> line.contains(part))
                .map(line -> line.substring(line.indexOf('/')))
                .distinct().toList();
    }

    /** Sends SIGTERM and returns what the process wrote to standard error once it has stopped. */
    public String stop(Duration patience) throws IOException, InterruptedException {
        process.destroy();
        assertThat(process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)).as("stopped within " + patience).isTrue();
        assertThat(process.exitValue()).isIn(0, 143);
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static String awaitServingLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher matcher = SERVING.matcher(line);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("serve never printed 'Masthead serving http://...'");
    }
}
