package press.masthead.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices commits made to the SQLite file by another process, such as a {@code masthead correction add} run while
 * the site is serving, by polling SQLite's {@code data_version} on a connection of its own. Changes made through
 * this process are announced at once by content events; this catches the rest within one interval. On PostgreSQL
 * it does nothing: there, other processes' changes are relayed, not polled for.
 */
public final class ExternalChanges implements AutoCloseable {
    static final long INTERVAL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ExternalChanges.class);

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "masthead-external-changes");
        thread.setDaemon(true);
        return thread;
    });
    private final String jdbcUrl;
    private final String dataVersionQuery;
    private final Runnable onChange;
    private Connection connection;
    private long lastVersion = -1;

    private ExternalChanges(String jdbcUrl, String dataVersionQuery, Runnable onChange) {
        this.jdbcUrl = jdbcUrl;
        this.dataVersionQuery = dataVersionQuery;
        this.onChange = onChange;
    }

    /** Starts watching a database that must be polled (SQLite); other databases announce their changes themselves. */
    public static ExternalChanges watch(Database database, String jdbcUrl, Runnable onChange) {
        ExternalChanges watcher = new ExternalChanges(jdbcUrl, database.dialect().dataVersionQuery().orElse(null),
                onChange);
        if (watcher.dataVersionQuery != null) {
            // The first reading is the baseline; taken now, a commit made right after start-up is not missed.
            watcher.poll();
            watcher.poller.scheduleWithFixedDelay(watcher::poll, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return watcher;
    }

    /** True while it polls the database for other processes' commits. */
    boolean isPolling() {
        return dataVersionQuery != null && !poller.isShutdown();
    }

    private void poll() {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(jdbcUrl);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(dataVersionQuery)) {
                long version = rs.next() ? rs.getLong(1) : -1;
                if (lastVersion != -1 && version != lastVersion) {
                    onChange.run();
                }
                lastVersion = version;
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not check the database for changes made elsewhere: {}", e.getMessage());
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the change watcher's connection failed", e);
            }
            connection = null;
            lastVersion = -1;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
