package press.masthead.store;

import com.zaxxer.hikari.HikariConfig;

/**
 * The one place where SQLite and PostgreSQL differ: connection tuning, where their migrations live, and how rows
 * are claimed by one node of several.
 */
public enum Dialect {
    SQLITE("sqlite") {
        @Override
        String lockSkippingLocked() {
            // SQLite has no row locks: a writer holds the whole database, and the compare-and-set decides.
            return "";
        }

        @Override
        void tune(HikariConfig config) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            // Writers take the lock when they begin, so two writers queue instead of failing to upgrade a read lock.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setMaximumPoolSize(8);
        }
    },
    POSTGRES("postgresql") {
        @Override
        String lockSkippingLocked() {
            return " FOR UPDATE SKIP LOCKED";
        }

        @Override
        void tune(HikariConfig config) {
            config.setMaximumPoolSize(16);
        }
    };

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    abstract void tune(HikariConfig config);

    /**
     * What a SELECT of rows to claim ends with, so that nodes sharing the database each take rows no other node is
     * taking, without waiting for one another.
     */
    abstract String lockSkippingLocked();

    String migrationLocation() {
        return "classpath:press/masthead/db/migration/" + migrationFolder;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new IllegalArgumentException("'" + jdbcUrl + "' is neither a jdbc:sqlite: nor a jdbc:postgresql: URL");
    }
}
