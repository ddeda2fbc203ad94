/**
 * The newsroom's admin at {@code /admin/} and the Admin API at {@code /api/v1/admin/}: login, the security gate
 * every admin request passes (session or bearer token, CSRF, headers), and the pages and endpoints built on it.
 * It uses {@code accounts}, {@code content} and {@code web}, and of the public site only what
 * {@link press.masthead.admin.ArticleSite} hands in (addresses, the time zone, the themed preview) and
 * {@code site.TextDirection}; the public site never depends on it.
 */
package press.masthead.admin;
