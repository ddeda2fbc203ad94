package press.masthead.site.model;

import java.util.List;

/**
 * The site-wide values every template gets as {@code site}: identity, language and direction, the navigation
 * (top-level categories), footer pages, the copyright line with its year filled in, the site's social profiles,
 * the feeds announced in every page head (the site's, then an archive's own), the corrections page, and where
 * the search form sends its words.
 */
public record SiteView(
        String title,
        String tagline,
        String baseUrl,
        String lang,
        String dir,
        String copyright,
        List<LinkView> navigation,
        List<LinkView> footerPages,
        List<LinkView> socialProfiles,
        List<FeedLink> feeds,
        String sitemapUrl,
        String correctionsUrl,
        String assetsUrl,
        String searchUrl) {

    /** A feed announced in the page head and linked in the footer. */
    public record FeedLink(String title, String url, String mediaType) {
    }
}
