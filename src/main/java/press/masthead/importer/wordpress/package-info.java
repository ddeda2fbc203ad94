/**
 * Moves a WordPress site in from its WXR export, and writes one back out. The import streams the file twice (a
 * survey that proves it well formed, then the import proper) and runs read, map, save, redirect, report; content
 * goes through {@code content}'s rules, URLs come from {@code site.Permalinks}, files go into {@code media}.
 */
package press.masthead.importer.wordpress;
