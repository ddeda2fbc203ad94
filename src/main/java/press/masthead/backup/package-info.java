/**
 * Backups of a site as one zip archive (a consistent copy of the database and every media file, with a manifest of
 * every entry's size and SHA-256), and restoring one into an empty data directory and media storage after checking
 * every entry. Uses the JDK and {@link press.masthead.media.MediaStorage}; the database copy is handed in as a
 * {@link press.masthead.backup.DatabaseCopy} and the restore's database as a
 * {@link press.masthead.backup.DatabaseTarget}.
 */
package press.masthead.backup;
