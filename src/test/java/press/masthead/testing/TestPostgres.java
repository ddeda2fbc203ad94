package press.masthead.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import press.masthead.store.Database;
import press.masthead.store.Migrations;

/**
 * One embedded PostgreSQL server for the whole test JVM, started when a test first asks for a database and stopped
 * when the JVM exits. Each test site gets a database of its own: CREATE DATABASE copies a template, which is cheap.
 * A site's database is copied from one migrated once per JVM, so that sites start without running every migration.
 */
public final class TestPostgres {
    public static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String MIGRATED_TEMPLATE = "migrated_template";
    private static EmbeddedPostgres server;
    private static boolean migratedTemplateMade;

    private TestPostgres() {
    }

    /** Creates a new, empty database and returns its JDBC URL (user {@link #USER}, no password). */
    public static String newDatabase() {
        return created("");
    }

    /** Creates a new database with Masthead's schema and no rows, as a new site has it, and returns its JDBC URL. */
    public static String newMigratedDatabase() {
        return created(" TEMPLATE " + migratedTemplate());
    }

    private static String created(String template) {
        String name = "site_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name + template);
        return server().getJdbcUrl(USER, name);
    }

    private static synchronized String migratedTemplate() {
        if (!migratedTemplateMade) {
            execute("CREATE DATABASE " + MIGRATED_TEMPLATE);
            try (Database template = Database.open(server().getJdbcUrl(USER, MIGRATED_TEMPLATE), USER, "")) {
                new Migrations(template).migrate();
            }
            migratedTemplateMade = true;
        }
        return MIGRATED_TEMPLATE;
    }

    /** Drops a database made here, ending any connection still open to it. */
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
