package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.masthead.Masthead;
import press.masthead.testing.ServingProcess;
import press.masthead.testing.TempDirs;

/**
 * {@code bin/masthead}, run as an operator runs it, on the JDK that runs the tests. The JVM archives classes from
 * jars only, so the script is given a jar of the compiled classes whose manifest names the libraries' jars.
 */
@Tag("smoke")
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("bin", "masthead").toAbsolutePath();
    private static Path dir;
    private static Path jar;

    @BeforeAll
    static void makeJar() throws Exception {
        dir = TempDirs.create("launcher-");
        jar = jarOfThisBuild(dir);
    }

    @AfterAll
    static void cleanUp() {
        TempDirs.delete(dir);
    }

    @Test
    void theFirstServeLeavesAnArchiveThatTheNextStartsFrom() throws Exception {
        Path data = dir.resolve("site");
        Path stderr = dir.resolve("serve.err");

        try (ServingProcess first = ServingProcess.start(script("serve", "--demo", "--port", "0", "--data",
                data.toString()), stderr)) {
            assertThat(first.get("/").statusCode()).isEqualTo(200);
            // Writing the archive as the JVM exits takes seconds; JDK 25 assembles its cache in a second process.
            assertThat(first.stop(Duration.ofSeconds(120))).contains("Masthead stopped cleanly");
        }
        List<Path> archives = archivesIn(data.resolve("cache"));
        assertThat(archives).as("one archive, for this jar and this JDK").hasSize(1);

        try (ServingProcess second = ServingProcess.start(script("serve", "--port", "0", "--data", data.toString()),
                stderr)) {
            assertThat(second.get("/").statusCode()).isEqualTo(200);
            assertThat(second.mappedFiles("/jvm-")).as("the second start maps the archive")
                    .containsExactly(archives.get(0).toAbsolutePath().toString());
            assertThat(second.stop(Duration.ofSeconds(30))).contains("Masthead stopped cleanly")
                    .doesNotContain("Exception");
        }
        assertThat(archivesIn(data.resolve("cache"))).as("the archive is kept, not written again").isEqualTo(archives);
    }

    @Test
    void otherCommandsRunWithoutAnArchive() throws Exception {
        Path data = dir.resolve("migrated-site");

        Process migrate = script("migrate", "--data", data.toString()).redirectErrorStream(true).start();
        String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(migrate.waitFor()).as(output).isZero();
        assertThat(data.resolve("masthead.db")).exists();
        assertThat(archivesIn(data.resolve("cache"))).as("an archive of a short command would not serve a server")
                .isEmpty();
    }

    @Test
    void aMissingJarIsNamedInOneLine() throws Exception {
        ProcessBuilder command = script("serve");
        command.environment().put("MASTHEAD_JAR", dir.resolve("no-such.jar").toString());

        Process process = command.redirectErrorStream(true).start();

        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("masthead: MASTHEAD_JAR names " + dir.resolve("no-such.jar") + ", which is not a file");
        assertThat(process.waitFor()).isEqualTo(2);
    }

    private static ProcessBuilder script(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("MASTHEAD_JAR", jar.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.remove("JAVA_OPTS");
        environment.remove("MASTHEAD_DATA");
        return builder;
    }

    private static List<Path> archivesIn(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().startsWith("jvm-")).sorted().toList();
        }
    }

    /** A jar of Masthead's compiled classes and resources whose Class-Path names every library jar of the tests. */
    private static Path jarOfThisBuild(Path folder) throws Exception {
        Path classes = Path.of(Masthead.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classesJar = folder.resolve("classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(classesJar));
             Stream<Path> files = Files.walk(classes)) {
            // Folders too: resources are looked up by folder, the migrations for one.
            for (Path path : files.filter(path -> !path.equals(classes)).toList()) {
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                boolean isFolder = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        List<String> classPath = new ArrayList<>(List.of(classesJar.toUri().toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Masthead.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path launcher = folder.resolve("masthead.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(launcher), manifest)) {
            out.flush();
        }
        return launcher;
    }
}
