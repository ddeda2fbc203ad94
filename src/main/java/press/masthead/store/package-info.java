/**
 * Keeps content in a relational database through JDBC (JDBI over HikariCP): SQLite by default, PostgreSQL for
 * several nodes. Implements the store interfaces of {@code content}; everything dialect-specific lives in
 * {@link press.masthead.store.Dialect}.
 */
package press.masthead.store;
