package press.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestPostgres;

class NodesStartingTogetherTest {
    @Test
    void three_nodes_opening_an_empty_database_at_once_migrate_it_exactly_once() throws Exception {
        String database = TestPostgres.newDatabase();
        List<java.nio.file.Path> dataDirs = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<MastheadApp>> nodes = new ArrayList<>();
            for (int node = 0; node < 3; node++) {
                java.nio.file.Path dataDir = TempDirs.create("masthead-node-");
                dataDirs.add(dataDir);
                Settings settings = Settings.defaults(dataDir, 0).withDatabase(database, TestPostgres.USER, "");
                nodes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return MastheadApp.open(settings, Clock.systemUTC());
                }));
            }
            go.countDown();
            for (CompletableFuture<MastheadApp> node : nodes) {
                node.get().close();
            }

            try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, "");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT version, COUNT(*) FROM flyway_schema_history"
                         + " WHERE version IS NOT NULL GROUP BY version HAVING COUNT(*) > 1")) {
                assertThat(rs.next()).as("a migration applied twice").isFalse();
            }
            try (Connection connection = DriverManager.getConnection(database, TestPostgres.USER, "");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(5);
            }
        } finally {
            TestPostgres.dropDatabase(database);
            dataDirs.forEach(TempDirs::delete);
        }
    }
}
