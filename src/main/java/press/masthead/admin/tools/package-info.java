/**
 * The admin's import and backup tools: a WordPress export uploaded and imported in the background with its
 * progress and report, and the backup and the WordPress export streamed as downloads, for admins only. Uses
 * {@code admin}'s gate, pages and JSON, {@code importer.wordpress} and {@code backup} through functions the
 * composition root hands in, and {@code accounts.AuditLog}.
 */
package press.masthead.admin.tools;
