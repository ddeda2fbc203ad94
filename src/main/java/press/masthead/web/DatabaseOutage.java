package press.masthead.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, the network cut) from any other
 * failure: such a request is answered 503 with Retry-After, so a load balancer and a reader both know to come
 * back, and the node recovers by itself when the database returns.
 */
final class DatabaseOutage {
    /** SQLSTATE class 08 is "connection exception" in both SQLite's and PostgreSQL's drivers. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL: the server is shutting down or starting up, or an admin ended the connection. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
