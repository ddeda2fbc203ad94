/**
 * The site's own settings in the admin ({@code /admin/settings}) and the Admin API's {@code /settings}: every field
 * of {@link press.masthead.content.SiteSettings}, checked field by field by
 * {@link press.masthead.admin.settings.SettingsForm}, saved by {@link press.masthead.admin.settings.SettingsAdmin},
 * which clears the page cache and writes the audit log. Uses {@code admin}, {@code accounts} and {@code content}.
 */
package press.masthead.admin.settings;
