package press.masthead.sitemaps;

import press.masthead.content.SiteSettings;
import press.masthead.site.Permalinks;

/**
 * The site's robots.txt: crawlers are welcome everywhere but the admin and the API, and are told where the
 * sitemap index is. A site that discourages indexing shuts every crawler out and names no sitemap.
 */
final class RobotsTxt {
    private RobotsTxt() {
    }

    static String of(SiteSettings site) {
        if (site.discourageIndexing()) {
            return """
                    User-agent: *
                    Disallow: /
                    """;
        }
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /api/

                Sitemap: %s
                """.formatted(Permalinks.of(site).absolute(Permalinks.sitemapIndex()));
    }
}
