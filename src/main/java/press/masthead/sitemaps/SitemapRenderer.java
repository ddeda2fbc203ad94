package press.masthead.sitemaps;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import press.masthead.content.ArticleStore;
import press.masthead.content.AuthorStore;
import press.masthead.content.PageStore;
import press.masthead.content.SiteSettings;
import press.masthead.content.TaxonomyStore;
import press.masthead.output.ContentHash;
import press.masthead.output.OutputFormat;
import press.masthead.output.RenderedPage;
import press.masthead.site.Permalinks;

/**
 * Renders robots.txt, the sitemap index and every child sitemap as {@link RenderedPage}s; serving and the static
 * export both call it. While the site discourages indexing there are no sitemaps, only a robots.txt that shuts
 * crawlers out.
 */
public final class SitemapRenderer {
    private final ArticleStore articles;
    private final PageStore pages;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final Supplier<SiteSettings> settings;
    private final Clock clock;
    private final SitemapSplit split = new SitemapSplit();

    /** @param settings the site settings in effect, with the base URL resolved */
    public SitemapRenderer(ArticleStore articles, PageStore pages, AuthorStore authors, TaxonomyStore taxonomy,
                           Supplier<SiteSettings> settings, Clock clock) {
        this.articles = articles;
        this.pages = pages;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.clock = clock;
    }

    /** The file at {@code path} (robots.txt, the index or a child sitemap); empty when there is none there. */
    public Optional<RenderedPage> render(String path) {
        SiteSettings site = settings.get();
        if (Permalinks.robotsTxt().equals(path)) {
            return Optional.of(RenderedPage.of(200, RobotsTxt.of(site), OutputFormat.ROBOTS, null));
        }
        if (site.discourageIndexing()) {
            return Optional.empty();
        }
        SiteUrls urls = siteUrls(site);
        if (Permalinks.sitemapIndex().equals(path)) {
            return Optional.of(index(urls));
        }
        if (Permalinks.newsSitemap().equals(path)) {
            return news(urls);
        }
        return Permalinks.sitemapPart(path).flatMap(part -> Section.named(part.section())
                .flatMap(section -> part(urls, section, part.number())));
    }

    /** Every path {@link #render} answers now, robots.txt first: what a static export writes. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(Permalinks.robotsTxt()));
        SiteSettings site = settings.get();
        if (!site.discourageIndexing()) {
            paths.add(Permalinks.sitemapIndex());
            children(siteUrls(site)).forEach(child -> paths.add(child.path()));
        }
        return paths;
    }

    private SiteUrls siteUrls(SiteSettings site) {
        return new SiteUrls(articles, pages, authors, taxonomy, site, clock.instant());
    }

    private RenderedPage index(SiteUrls urls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SitemapXml xml = SitemapXml.index(out);
        Instant newest = null;
        for (Child child : children(urls)) {
            xml.sitemap(urls.links().absolute(child.path()), child.lastModified());
            newest = SitemapUrl.newer(newest, child.lastModified());
        }
        xml.finish();
        return sitemap(out.toByteArray(), newest);
    }

    /** A child sitemap as the index lists it. */
    private record Child(String path, Instant lastModified) {
    }

    /** The child sitemaps that have something to list: a sitemap may not be empty. */
    private List<Child> children(SiteUrls urls) {
        List<Child> children = new ArrayList<>();
        for (Section section : Section.values()) {
            try (Stream<SitemapUrl> stream = section.urls(urls)) {
                for (SitemapSplit.Part part : split.parts(stream)) {
                    children.add(new Child(Permalinks.sitemap(section.word(), part.number()), part.lastModified()));
                }
            }
        }
        List<SitemapUrl> news = newsUrls(urls);
        if (!news.isEmpty()) {
            children.add(new Child(Permalinks.newsSitemap(), newest(news)));
        }
        return children;
    }

    private Optional<RenderedPage> part(SiteUrls urls, Section section, int number) {
        try (Stream<SitemapUrl> stream = section.urls(urls)) {
            return split.write(stream, number).map(written -> sitemap(written.bytes(), written.lastModified()));
        }
    }

    private Optional<RenderedPage> news(SiteUrls urls) {
        List<SitemapUrl> news = newsUrls(urls);
        if (news.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SitemapXml xml = SitemapXml.urlset(out, true);
        news.forEach(xml::url);
        xml.finish();
        return Optional.of(sitemap(out.toByteArray(), newest(news)));
    }

    /** At most a thousand entries, so holding them is cheap. */
    private static List<SitemapUrl> newsUrls(SiteUrls urls) {
        try (Stream<SitemapUrl> stream = urls.news()) {
            return stream.toList();
        }
    }

    private static Instant newest(List<SitemapUrl> urls) {
        return urls.stream().map(SitemapUrl::lastModified).reduce(null, SitemapUrl::newer);
    }

    private static RenderedPage sitemap(byte[] bytes, Instant lastModified) {
        return new RenderedPage(200, bytes, OutputFormat.SITEMAP, ContentHash.etag(bytes), lastModified);
    }

}
