/**
 * The admin's import and backup tools: a WordPress export uploaded and imported in the background with its
 * progress and report, and the backup and the WordPress export streamed as downloads, for admins only. Uses
 * {@code admin}'s gate, pages and JSON, the importer as a {@link press.masthead.admin.tools.WordPressImport} the
 * composition root hands in, {@code importer.wordpress}'s exporter, {@code backup}'s writer and
 * {@code accounts.AuditLog}.
 */
package press.masthead.admin.tools;
