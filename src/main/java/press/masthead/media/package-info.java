/**
 * The media library: uploads checked by content and limits, cleaned of location data, stored with their responsive
 * variants under the data directory's {@code media} folder (served at {@code /media/}), and found, described and
 * deleted through {@link press.masthead.media.MediaUploads}. Uses content and web only.
 */
package press.masthead.media;
