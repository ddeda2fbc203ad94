/**
 * What a page tells search engines and social networks: share links now; Open Graph, Twitter cards and JSON-LD
 * with the discovery work. Uses the site's view model only.
 */
package press.masthead.seo;
