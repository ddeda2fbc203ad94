package press.masthead.store;

import com.zaxxer.hikari.HikariConfig;

/** The one place where SQLite and PostgreSQL differ: connection tuning and where their migrations live. */
public enum Dialect {
    SQLITE("sqlite") {
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

        @Override
        String indexedBy(String index) {
            return " INDEXED BY " + index;
        }
    },
    POSTGRES("postgresql") {
        @Override
        void tune(HikariConfig config) {
            config.setMaximumPoolSize(16);
        }

        @Override
        String indexedBy(String index) {
            return "";
        }
    };

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    abstract void tune(HikariConfig config);

    /** A table's hint to read it through {@code index}: SQLite syntax; PostgreSQL's planner takes no such hints. */
    abstract String indexedBy(String index);

    /** The resource folder of this dialect's migration scripts. */
    String migrationFolder() {
        return "press/masthead/db/migration/" + migrationFolder;
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
