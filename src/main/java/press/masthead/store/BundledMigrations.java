package press.masthead.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migration scripts this build carries for a dialect, read from their file names ({@code
 * V7__what.sql} is version 7) in the jar or, in a development build, in the classes folder.
 */
final class BundledMigrations {
    private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

    private BundledMigrations() {
    }

    static Set<String> versions(String folder) {
        URL url = BundledMigrations.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("This build has no migrations in " + folder);
        }
        Set<String> versions = new TreeSet<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                String prefix = folder + "/";
                jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                        .forEach(name -> addVersion(versions, name.substring(prefix.length())));
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(file -> addVersion(versions, file.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migrations in " + url + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Could not list the migrations in " + url, e);
        }
        return versions;
    }

    private static void addVersion(Set<String> versions, String fileName) {
        Matcher script = SCRIPT.matcher(fileName);
        if (script.matches()) {
            versions.add(script.group(1).replace('_', '.'));
        }
    }
}
