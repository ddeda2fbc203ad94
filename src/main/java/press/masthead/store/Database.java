package press.masthead.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** The connection pool and the JDBI handle over it; one per running Masthead. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setPoolName("masthead");
        // Start even when the database is briefly away; /healthz reports it and requests answer 503 meanwhile.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        dialect.tune(config);
        return new Database(new HikariDataSource(config), dialect);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Writes a consistent copy of the whole database to {@code target} while the site keeps serving and writing:
     * SQLite's online backup, which copies one snapshot even when other connections write meanwhile.
     */
    public void backupTo(Path target) {
        if (dialect != Dialect.SQLITE) {
            throw new UnsupportedOperationException("Copying the database is only built for SQLite; back up PostgreSQL"
                    + " with pg_dump");
        }
        String path = target.toAbsolutePath().toString();
        if (path.contains("'") && path.contains("\"")) {
            throw new IllegalArgumentException("The path " + path + " holds both kinds of quote; choose another");
        }
        String quoted = path.contains("'") ? "\"" + path + "\"" : "'" + path + "'";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // sqlite-jdbc's own statement, which runs sqlite3_backup from this connection's database to the file.
            statement.executeUpdate("backup to " + quoted);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the database to " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
