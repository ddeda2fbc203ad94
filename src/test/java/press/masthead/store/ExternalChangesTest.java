package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestPostgres;

/** Only SQLite is polled for other processes' commits; PostgreSQL sites leave that to a relay of their own. */
class ExternalChangesTest {

    @Test
    void anSqliteSiteIsPolled() {
        Path folder = TempDirs.create("external-changes-");
        String url = "jdbc:sqlite:" + folder.resolve("masthead.db");
        try (Database database = Database.open(url, "", "");
             ExternalChanges watcher = ExternalChanges.watch(database, url, () -> { })) {
            assertThat(watcher.isPolling()).isTrue();
        } finally {
            TempDirs.delete(folder);
        }
    }

    @Test
    void aPostgresqlSiteIsNotPolled() {
        String url = TestPostgres.newDatabase();
        try (Database database = Database.open(url, TestPostgres.USER, "");
             ExternalChanges watcher = ExternalChanges.watch(database, url, () -> { })) {
            assertThat(watcher.isPolling()).isFalse();
        } finally {
            TestPostgres.dropDatabase(url);
        }
    }
}
