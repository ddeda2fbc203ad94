package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Instants are stored as epoch milliseconds: both dialects index and compare them alike. */
final class Times {
    private Times() {
    }

    static Long toMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant read(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
