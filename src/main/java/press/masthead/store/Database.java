package press.masthead.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** The connection pool and the JDBI handle over it; one per running Masthead. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final String shownUrl;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, Dialect dialect, String shownUrl) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.shownUrl = shownUrl;
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
        return new Database(new HikariDataSource(config), dialect, Dialect.shown(jdbcUrl));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The database's URL without its password, to name it in messages. */
    public String shownUrl() {
        return shownUrl;
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
     * Writes a consistent copy of the whole database to {@code target}, a new SQLite file, while the site keeps
     * serving and writing. From SQLite, SQLite's online backup copies one snapshot even when other connections write
     * meanwhile; from PostgreSQL, every row is read in one repeatable-read transaction into a freshly migrated file.
     */
    public void backupTo(Path target) {
        try {
            if (dialect == Dialect.SQLITE) {
                sqliteOnlineBackup(target);
            } else {
                copyRowsToSqliteFile(target);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the database to " + target + ": " + e.getMessage(), e);
        }
    }

    private void sqliteOnlineBackup(Path target) throws SQLException {
        String path = target.toAbsolutePath().toString();
        if (path.contains("'") && path.contains("\"")) {
            throw new IllegalArgumentException("The path " + path + " holds both kinds of quote; choose another");
        }
        String quoted = path.contains("'") ? "\"" + path + "\"" : "'" + path + "'";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // sqlite-jdbc's own statement, which runs sqlite3_backup from this connection's database to the file.
            statement.executeUpdate("backup to " + quoted);
        }
    }

    private void copyRowsToSqliteFile(Path target) throws SQLException {
        String fileUrl = "jdbc:sqlite:" + target.toAbsolutePath();
        try (Database file = open(fileUrl, "", "")) {
            new Migrations(file).migrate();
        }
        try (Connection from = dataSource.getConnection(); Connection to = DriverManager.getConnection(fileUrl)) {
            from.setAutoCommit(false);
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            from.setReadOnly(true);
            to.setAutoCommit(false);
            try {
                RowCopy.copy(from, to, Dialect.SQLITE);
                to.commit();
            } finally {
                from.rollback();
                from.setReadOnly(false);
                from.setAutoCommit(true);
            }
        }
    }

    /** True when the site's tables hold any row at all (its settings count; the migration history does not). */
    public boolean holdsContent() {
        try (Connection connection = dataSource.getConnection()) {
            return RowCopy.anyRows(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces every row of this database with those of {@code sqliteFile}, a site's SQLite database (a backup's),
     * in one transaction: the site is either wholly replaced or left as it was. Both are brought up to date first.
     */
    public void replaceContentWith(Path sqliteFile) {
        String fileUrl = "jdbc:sqlite:" + sqliteFile.toAbsolutePath();
        try (Database file = open(fileUrl, "", "")) {
            new Migrations(file).migrate();
            new Migrations(this).migrate();
            try (Connection from = file.dataSource.getConnection(); Connection to = dataSource.getConnection()) {
                from.setAutoCommit(false);
                to.setAutoCommit(false);
                try {
                    RowCopy.copy(from, to, dialect);
                    to.commit();
                } catch (SQLException | RuntimeException e) {
                    to.rollback();
                    throw e;
                } finally {
                    from.rollback();
                    from.setAutoCommit(true);
                    to.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy " + sqliteFile + " into the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
