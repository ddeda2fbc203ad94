package press.masthead.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The one place where SQLite and PostgreSQL differ: connection tuning, where their migrations live, how a URL is
 * shown, how commits by other processes are noticed, what copying every row of a site into a database needs, how
 * rows are claimed by one node of several, and how two transactions that replace the same rows take turns.
 * Everything else is SQL both understand.
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

        @Override
        Optional<String> dataVersionQuery() {
            return Optional.of("PRAGMA data_version");
        }

        /**
         * Rows are only copied into a new SQLite file (a backup of a PostgreSQL site); an SQLite site is restored
         * by putting the backup's file in place. Emptying one here could not work: SQLite checks ON DELETE RESTRICT
         * at once even with deferred keys.
         */
        @Override
        void beforeCopyingRows(Statement statement, List<String> tables) throws SQLException {
            if (RowCopy.anyRows(statement.getConnection())) {
                throw new IllegalStateException("Rows are only copied into an empty SQLite database");
            }
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }

        @Override
        void afterCopyingRows(Connection connection) {
            // SQLite numbers new rows from the largest id in the table: nothing to move on.
        }

        @Override
        void lockRow(Handle h, String table, long id) {
            // Every transaction here begins IMMEDIATE, holding the database's one write lock from its start.
        }

        @Override
        void lockTable(Handle h, String table) {
            // As in lockRow: this transaction is the only writer already.
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

        /** Another node's or process's commits reach this one through a relay of its own, not by polling. */
        @Override
        Optional<String> dataVersionQuery() {
            return Optional.empty();
        }

        /**
         * Empties the site's tables in one statement (TRUNCATE accepts tables that refer to each other when they
         * go together) and checks foreign keys at commit, since tables are filled one after another.
         */
        @Override
        void beforeCopyingRows(Statement statement, List<String> tables) throws SQLException {
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables));
            }
        }

        /** Identity columns count on from their own sequence, which rows copied with their ids did not move. */
        @Override
        void afterCopyingRows(Connection connection) throws SQLException {
            List<String[]> identities = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("""
                         SELECT table_name, column_name FROM information_schema.columns
                         WHERE table_schema = current_schema() AND is_identity = 'YES'""")) {
                while (rs.next()) {
                    identities.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String[] identity : identities) {
                    String table = identity[0];
                    String column = identity[1];
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'),"
                            + " COALESCE((SELECT MAX(" + column + ") FROM " + table + "), 0) + 1, false)");
                }
            }
        }

        @Override
        void lockRow(Handle h, String table, long id) {
            h.createQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE").bind("id", id)
                    .mapTo(Long.class).findOne();
        }

        /**
         * This mode conflicts with itself, with every insert, update and delete, and with the row locks of
         * {@link #lockRow}, and lets plain readers through.
         */
        @Override
        void lockTable(Handle h, String table) {
            h.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
    };

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("([?&]password=)[^&]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/@:]*:)[^/@]*@");

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

    /** The query whose answer changes when another connection commits, for databases that must be polled. */
    abstract Optional<String> dataVersionQuery();

    /** Readies a connection inside its transaction for rows copied table by table, in no particular order. */
    abstract void beforeCopyingRows(Statement statement, List<String> tables) throws SQLException;

    /** Finishes a copy of rows that kept their ids, before it commits. */
    abstract void afterCopyingRows(Connection connection) throws SQLException;

    /**
     * Holds row {@code id} of {@code table} until the transaction on {@code h} ends, so that another transaction
     * doing the same waits for it: what a change that replaces the rows one row owns (deletes them, then writes them
     * anew) does first, so that two such changes take turns, as on SQLite. On PostgreSQL each statement otherwise
     * reads what was committed when it began: two that overlap each delete only the rows from before both and both
     * keep what they wrote, or the second fails on a duplicate key.
     */
    abstract void lockRow(Handle h, String table, long id);

    /**
     * What {@link #lockRow} does, for a change to rows of {@code table} that no one row owns: it waits for the
     * transactions that write the table or hold one of its rows, and holds back new ones until it ends.
     */
    abstract void lockTable(Handle h, String table);

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
        throw new IllegalArgumentException("'" + shown(jdbcUrl) + "' is neither a jdbc:sqlite: nor a jdbc:postgresql:"
                + " URL");
    }

    /** A JDBC URL as it may be printed or logged: a password in it is replaced by {@code ***}. */
    public static String shown(String jdbcUrl) {
        String withoutParameter = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(withoutParameter).replaceAll("$1***@");
    }
}
