package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TestPostgres;

/**
 * The rules every PostgreSQL migration keeps so that PostgreSQL behaves as SQLite does: text sorts by code point
 * whatever the database's collation, and foreign keys can wait for the end of a transaction, which a restore needs.
 */
class PostgresSchemaTest {
    static String url;
    static Database database;

    @BeforeAll
    static void migrate() {
        url = TestPostgres.newDatabase();
        database = Database.open(url, TestPostgres.USER, "");
        new Migrations(database).migrate();
    }

    @AfterAll
    static void drop() {
        database.close();
        TestPostgres.dropDatabase(url);
    }

    @Test
    void everyTextColumnComparesByCodePoint() {
        List<String> others = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND data_type = 'text'
                          AND table_name <> 'flyway_schema_history' AND COALESCE(collation_name, '') <> 'C'
                        ORDER BY 1""")
                .mapTo(String.class).list());
        assertThat(others).as("text columns without COLLATE \"C\"").isEmpty();
    }

    @Test
    void everyForeignKeyMayBeDeferred() {
        List<String> immediate = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT conrelid::regclass || ' ' || conname FROM pg_constraint
                        WHERE contype = 'f' AND NOT condeferrable
                          AND connamespace = current_schema()::regnamespace
                        ORDER BY 1""")
                .mapTo(String.class).list());
        assertThat(immediate).as("foreign keys without DEFERRABLE INITIALLY IMMEDIATE").isEmpty();
    }
}
