package press.masthead.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for the whole test JVM, started when a test first asks for a database and stopped
 * when the JVM exits. Each test site gets a database of its own: CREATE DATABASE copies a template, which is cheap.
 */
public final class TestPostgres {
    public static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Creates a new, empty database and returns its JDBC URL (user {@link #USER}, no password). */
    public static String newDatabase() {
        String name = "site_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return server().getJdbcUrl(USER, name);
    }

    /** Drops a database made by {@link #newDatabase()}, ending any connection still open to it. */
    public static void dropDatabase(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The server's port, to build URLs of databases that do not exist, say. */
    public static int port() {
        return server().getPort();
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Durability settings off: a test database lives for one run, and the suite runs faster.
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setRegisterShutdownHook(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL for the tests did not start", e);
            }
        }
        return server;
    }
}
