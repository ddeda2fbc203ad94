/**
 * The media library in the admin: the library pages, the Admin API's {@code /media} endpoints and the limits on
 * receiving an upload, all on {@link press.masthead.admin.media.MediaAdmin}, which checks the role and the uploader
 * and keeps the audit log. Uses {@code admin}, {@code accounts}, {@code content} and {@code media}.
 */
package press.masthead.admin.media;
