package press.masthead.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the other nodes' changes on a connection of its own, held open for that alone. When the connection drops
 * it keeps trying to get it back, and once it is back it reports the gap, since notices sent meanwhile are lost.
 */
public final class ChangeListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration LONGEST_RETRY_PAUSE = Duration.ofSeconds(2);

    private final String jdbcUrl;
    private final Properties credentials = new Properties();
    private final String node;
    private final RemoteChanges changes;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Connection connection;

    private ChangeListener(String jdbcUrl, String user, String password, String node, RemoteChanges changes,
                           Clock clock) {
        this.jdbcUrl = jdbcUrl;
        if (user != null && !user.isEmpty()) {
            credentials.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        // A dead network must show up as an error, not as a read that waits forever.
        credentials.setProperty("socketTimeout", "10");
        credentials.setProperty("tcpKeepAlive", "true");
        this.node = node;
        this.changes = changes;
        this.clock = clock;
        this.thread = new Thread(this::run, "masthead-cluster-listener");
        this.thread.setDaemon(true);
    }

    public static ChangeListener start(String jdbcUrl, String user, String password, String node,
                                       RemoteChanges changes, Clock clock) {
        ChangeListener listener = new ChangeListener(jdbcUrl, user, password, node, changes, clock);
        listener.connectOrNull();
        listener.thread.start();
        return listener;
    }

    /** True while the listening connection is up. */
    public boolean isConnected() {
        return connection != null;
    }

    private void run() {
        // When notices may have been missed since: set while disconnected, cleared once a catch-up succeeded.
        Instant missedSince = null;
        Duration pause = Duration.ofMillis(100);
        while (!stopping) {
            if (connection == null) {
                if (missedSince == null) {
                    missedSince = clock.instant();
                }
                if (connectOrNull() == null) {
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY_PAUSE) > 0 ? LONGEST_RETRY_PAUSE
                            : pause.multipliedBy(2);
                    continue;
                }
                log.info("Listening to the other nodes again; clearing what may have changed meanwhile");
                pause = Duration.ofMillis(100);
            }
            if (missedSince != null) {
                missedSince = catchUp(missedSince);
            }
            try {
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notifications == null) {
                    checkAlive();
                    continue;
                }
                for (PGNotification notification : notifications) {
                    Optional<ClusterMessage> message = ClusterMessage.parse(notification.getParameter())
                            .filter(m -> !node.equals(m.node()));
                    if (message.isPresent() && !apply(message.get())) {
                        missedSince = clock.instant();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopping) {
                    log.warn("Lost the connection that hears other nodes' changes: {}", e.getMessage());
                }
                closeConnection();
            }
        }
    }

    /**
     * Brings this node up to date after a gap; a failure (the database dropping again, say) leaves the gap open to
     * be tried again, and never stops the listening.
     *
     * @return the gap still open, or null when it is closed
     */
    private Instant catchUp(Instant missedSince) {
        try {
            changes.reconnected(missedSince);
            return null;
        } catch (RuntimeException e) {
            log.warn("Could not catch up with other nodes' changes yet; trying again: {}", e.getMessage());
            sleep(LONGEST_RETRY_PAUSE);
            return missedSince;
        }
    }

    /** Hands a notice on; false when that failed, so what it announced is caught up later instead of lost. */
    private boolean apply(ClusterMessage message) {
        try {
            changes.changed(message.articleIds());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not apply another node's change: {}", e.getMessage());
            return false;
        }
    }

    /** A cut network can leave the socket looking open; a trivial query proves it is not. */
    private void checkAlive() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private Connection connectOrNull() {
        try {
            Connection opened = DriverManager.getConnection(jdbcUrl, credentials);
            try (Statement statement = opened.createStatement()) {
                statement.execute("LISTEN " + ChangeBroadcaster.CHANNEL);
            }
            connection = opened;
            return opened;
        } catch (SQLException e) {
            log.debug("Cannot reach the database to listen for other nodes' changes: {}", e.getMessage());
            return null;
        }
    }

    private void closeConnection() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection failed", e);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
