package press.masthead.sitemaps;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <url>} of a sitemap: the page's absolute address, when it last changed (null when unknown), the
 * absolute addresses of the images it shows, and its Google News details (null outside the news sitemap).
 */
record SitemapUrl(String loc, Instant lastModified, List<String> images, NewsArticle news) {
    SitemapUrl {
        images = List.copyOf(images);
    }

    static SitemapUrl of(String loc, Instant lastModified) {
        return new SitemapUrl(loc, lastModified, List.of(), null);
    }

    /** The later of two change times, either of which may be unknown (null). */
    static Instant newer(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** What the news sitemap says about an article: who published it, in which language, when, and its title. */
    record NewsArticle(String publicationName, String language, Instant publishedAt, String title) {
    }
}
