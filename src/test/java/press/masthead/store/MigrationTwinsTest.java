package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each SQLite migration has a PostgreSQL twin of the same version and name, so both databases reach one schema. */
class MigrationTwinsTest {

    @Test
    void bothFoldersHoldTheSameMigrations() throws Exception {
        List<String> sqlite = migrations("sqlite");
        assertThat(sqlite).as("SQLite migrations").isNotEmpty();
        assertThat(migrations("postgresql"))
                .as("PostgreSQL twins of db/migration/sqlite: add a postgresql/ file of the same name for each")
                .isEqualTo(sqlite);
    }

    private static List<String> migrations(String folder) throws IOException, URISyntaxException {
        URL location = MigrationTwinsTest.class.getResource("/press/masthead/db/migration/" + folder);
        assertThat(location).as("the " + folder + " migrations on the class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted()
                    .toList();
        }
    }
}
