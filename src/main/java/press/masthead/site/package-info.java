/**
 * The public site: {@link press.masthead.site.Permalinks} (the URL contract), {@link press.masthead.site.SiteRenderer}
 * (load, model, theme, bytes) and the routes that serve it. Uses content, theme, output and web.
 */
package press.masthead.site;
