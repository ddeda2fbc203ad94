package press.masthead.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Copies every row of a site from one database into another at the same schema version, table by table with ids
 * kept, whichever dialect each is: how a site moves between SQLite and PostgreSQL. Values travel by the type of
 * the column they land in, so SQLite's 0 and 1 become PostgreSQL's false and true and back.
 */
final class RowCopy {
    private static final String MIGRATION_HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    private RowCopy() {
    }

    /**
     * Copies within the caller's transactions: {@code from} should read one snapshot, and {@code to} commits or rolls
     * back the whole copy.
     */
    static void copy(Connection from, Connection to, Dialect toDialect) throws SQLException {
        String fromVersion = schemaVersion(from);
        String toVersion = schemaVersion(to);
        if (!fromVersion.equals(toVersion)) {
            throw new IllegalStateException("The databases are at different schema versions (" + fromVersion + " and "
                    + toVersion + "); bring both up to date first");
        }
        Map<String, Map<String, String>> tables = tables(to);
        Map<String, Map<String, String>> fromTables = tables(from);
        if (!tables.keySet().equals(fromTables.keySet())) {
            throw new IllegalStateException("The databases hold different tables (" + fromTables.keySet() + " and "
                    + tables.keySet() + ")");
        }
        try (Statement statement = to.createStatement()) {
            toDialect.beforeCopyingRows(statement, List.copyOf(tables.keySet()));
        }
        for (Map.Entry<String, Map<String, String>> table : tables.entrySet()) {
            copyTable(from, to, table.getKey(), table.getValue());
        }
        toDialect.afterCopyingRows(to);
    }

    /** True when any table of the site, not counting the migration history, holds a row. */
    static boolean anyRows(Connection connection) throws SQLException {
        for (String table : tables(connection).keySet()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void copyTable(Connection from, Connection to, String table, Map<String, String> columnTypes)
            throws SQLException {
        List<String> columns = new ArrayList<>(columnTypes.keySet());
        String names = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + names + " FROM " + table);
             PreparedStatement write = to.prepareStatement(
                     "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    transfer(rows, write, i + 1, columnTypes.get(columns.get(i)));
                }
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void transfer(ResultSet rows, PreparedStatement write, int index, String typeName)
            throws SQLException {
        String type = typeName.toLowerCase(Locale.ROOT);
        if (type.contains("bool")) {
            boolean value = rows.getBoolean(index);
            if (rows.wasNull()) {
                write.setNull(index, Types.BOOLEAN);
            } else {
                write.setBoolean(index, value);
            }
        } else if (type.contains("int")) {
            long value = rows.getLong(index);
            if (rows.wasNull()) {
                write.setNull(index, Types.BIGINT);
            } else {
                write.setLong(index, value);
            }
        } else {
            String value = rows.getString(index);
            if (value == null) {
                write.setNull(index, Types.VARCHAR);
            } else {
                write.setString(index, value);
            }
        }
    }

    /** The site's tables, by name, each with its columns' type names in column order. */
    private static Map<String, Map<String, String>> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        TreeSet<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(MIGRATION_HISTORY) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), name, "%")) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("TYPE_NAME"));
                }
            }
            tables.put(name, columns);
        }
        return tables;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM " + MIGRATION_HISTORY
                     + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }
}
