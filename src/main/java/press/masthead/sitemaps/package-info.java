/**
 * Sitemaps and robots.txt: the sitemap index, its child sitemaps (articles, pages, categories, tags, authors, each
 * split within the protocol's limits, and a Google News sitemap) and the robots.txt that names the index. One
 * {@link press.masthead.sitemaps.SitemapRenderer} makes them all as {@code output.RenderedPage}s; it uses the
 * content stores, {@code site.Permalinks} for every URL, the JDK's StAX writer and jsoup (to find body images).
 */
package press.masthead.sitemaps;
