package press.masthead.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import press.masthead.store.Database;

/**
 * Every row of every table of a site (not the migration history), as text that reads the same on SQLite and
 * PostgreSQL (booleans as true and false), each table's rows sorted: two sites with equal dumps hold the same.
 */
public final class DatabaseRows {
    private DatabaseRows() {
    }

    public static Map<String, List<String>> dump(Database database) {
        return database.jdbi().withHandle(h -> {
            try {
                return dump(h.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Map<String, List<String>> dump(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history") && !name.startsWith("sqlite_")) {
                    tables.put(name, List.of());
                }
            }
        }
        for (String table : tables.keySet()) {
            tables.put(table, rows(connection, table));
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    boolean bool = columns.getColumnTypeName(i).toLowerCase(Locale.ROOT).contains("bool");
                    String value = bool ? String.valueOf(rs.getBoolean(i)) : rs.getString(i);
                    row.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), rs.wasNull() ? null : value);
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
