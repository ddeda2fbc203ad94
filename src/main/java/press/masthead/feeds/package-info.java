/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and for each tag, category and author: {@link
 * press.masthead.feeds.FeedRenderer} turns a feed path into a rendered page and {@link press.masthead.feeds.FeedRoutes}
 * serves it. Uses content, site (the URL contract), media, output and web; Rome writes the XML, Jackson the JSON.
 */
package press.masthead.feeds;
