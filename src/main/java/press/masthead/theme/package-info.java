/**
 * Themes: Pebble templates and assets, a site owner's theme in {@code DATA/themes/NAME} over the bundled default,
 * file by file. Templates get view records and maps only, never services.
 */
package press.masthead.theme;
