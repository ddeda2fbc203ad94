package press.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    @Test
    void a_pool_timeout_deep_in_the_causes_is_an_outage() {
        RuntimeException wrapped = new IllegalStateException("render failed",
                new RuntimeException(new SQLTransientConnectionException("masthead - Connection is not available")));

        assertThat(DatabaseOutage.causedBy(wrapped)).isTrue();
    }

    @Test
    void connection_failures_and_a_server_shutting_down_are_outages() {
        assertThat(DatabaseOutage.causedBy(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void a_broken_query_or_a_constraint_is_not_an_outage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad"))).isFalse();
    }
}
