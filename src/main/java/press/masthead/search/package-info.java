/**
 * Site search: a Lucene index of the published articles in {@code DATA/search}, kept current by content events
 * and rebuilt from the database on demand, queried in every language it holds at once. Uses content, site (the
 * URL contract, the renderer and the search page's data), output and web.
 */
package press.masthead.search;
