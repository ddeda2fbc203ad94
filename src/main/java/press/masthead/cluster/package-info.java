/**
 * Several Masthead nodes on one PostgreSQL database: each committed content change is announced to the other nodes
 * with {@code NOTIFY}, and each node {@code LISTEN}s, clearing its page cache and updating its own search index.
 * It uses {@code content} and the PostgreSQL driver; {@code app} wires it in only when the database is PostgreSQL.
 */
package press.masthead.cluster;
