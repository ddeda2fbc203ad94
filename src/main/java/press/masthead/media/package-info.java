/**
 * Uploaded and imported files under the data directory's {@code media} folder, served at {@code /media/}.
 * Uses web only.
 */
package press.masthead.media;
