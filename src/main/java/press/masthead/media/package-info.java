/**
 * The media library: uploads checked by content and limits, cleaned of location data, stored with their responsive
 * variants (served at {@code /media/}), and found, described and deleted through
 * {@link press.masthead.media.MediaUploads}. Every read and write of a media file goes through
 * {@link press.masthead.media.MediaStorage} (keys, byte streams, size, last-modified), which
 * {@link press.masthead.media.FolderMediaStorage} implements over the {@code media-dir} folder and an object store
 * could implement too. Uses content, output and web only.
 */
package press.masthead.media;
