/**
 * Moves a WordPress site in from its WXR export, and writes one back out. The import streams the file twice (a
 * survey that proves it well formed, then the import proper) and runs read, map, save, redirect, report. Uses
 * {@code content}'s rules and stores, {@code site.Permalinks} for URLs ({@code web.RequestPaths} to read old ones),
 * {@code media} for files, {@code output.ExportProgress} to tell how far it has come, the JDK's StAX for XML and
 * jsoup for HTML.
 */
package press.masthead.importer.wordpress;
