package press.masthead.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.masthead.content.Article;
import press.masthead.content.ArticleSummary;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Page;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;

/**
 * The URL contract: the one place that maps content to public paths and paths back to content. Paths are
 * root-relative and percent-encoded, always with a trailing slash except for files such as the sitemaps;
 * {@link #absolute} adds the site's base URL.
 */
public final class Permalinks {
    /** First path segments the site keeps for itself; a static page or article slug cannot claim them. */
    public static final Set<String> RESERVED = Set.of(
            "page", "tag", "category", "author", "feed", "search", "media", "assets", "admin", "api", "healthz",
            "sitemap.xml", "robots.txt", "oembed", "corrections");
    /** A numbered child sitemap; no slug has a dot, so these never meet an article or a page. */
    private static final Pattern SITEMAP_PART = Pattern.compile("/sitemap-([a-z]+)-([1-9][0-9]{0,5})\\.xml");

    private final ArticlePattern articlePattern;
    private final ZoneId zone;
    private final String baseUrl;

    public Permalinks(ArticlePattern articlePattern, ZoneId zone, String baseUrl) {
        this.articlePattern = articlePattern;
        this.zone = zone;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The URL contract under a site's settings: its article pattern, time zone and base URL. */
    public static Permalinks of(SiteSettings site) {
        return new Permalinks(ArticlePattern.parse(site.articleUrlPattern()), site.timeZone(), site.baseUrl());
    }

    public String home() {
        return "/";
    }

    public String article(Article article) {
        return article(article.id(), article.slug(), article.publishedAt(), article.createdAt());
    }

    public String article(ArticleSummary article) {
        return article(article.id(), article.slug(), article.publishedAt(), article.createdAt());
    }

    private String article(long id, String slug, Instant publishedAt, Instant createdAt) {
        ZonedDateTime date = (publishedAt != null ? publishedAt : createdAt).atZone(zone);
        StringBuilder path = new StringBuilder();
        for (String segment : articlePattern.segments()) {
            path.append('/').append(switch (segment) {
                case "{slug}" -> encode(slug);
                case "{id}" -> Long.toString(id);
                case "{yyyy}" -> String.format("%04d", date.getYear());
                case "{mm}" -> String.format("%02d", date.getMonthValue());
                case "{dd}" -> String.format("%02d", date.getDayOfMonth());
                default -> encode(segment);
            });
        }
        return path.append('/').toString();
    }

    public String page(Page page) {
        return "/" + encode(page.slug()) + "/";
    }

    public String tag(Tag tag) {
        return "/tag/" + encode(tag.slug()) + "/";
    }

    /** A category's path through its ancestors: {@code /category/news/transport/}. */
    public String category(Category category, Map<Long, Category> categoriesById) {
        StringBuilder path = new StringBuilder();
        for (Category c : lineage(category, categoriesById)) {
            path.append('/').append(encode(c.slug()));
        }
        return "/category" + path + "/";
    }

    /** The category and its ancestors, top-level first. A broken or cyclic parent chain stops where it breaks. */
    public static List<Category> lineage(Category category, Map<Long, Category> categoriesById) {
        List<Category> chain = new ArrayList<>();
        Category current = category;
        while (current != null && !chain.contains(current)) {
            chain.add(0, current);
            current = current.parentId() == null ? null : categoriesById.get(current.parentId());
        }
        return chain;
    }

    public String author(Author author) {
        return "/author/" + encode(author.slug()) + "/";
    }

    public String corrections() {
        return "/corrections/";
    }

    public String oembed() {
        return "/oembed";
    }

    public String year(int year) {
        return String.format("/%04d/", year);
    }

    public String month(int year, int month) {
        return String.format("/%04d/%02d/", year, month);
    }

    public String day(LocalDate date) {
        return String.format("/%04d/%02d/%02d/", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The search page, without a query: it shows just the form. */
    public String search() {
        return "/search";
    }

    /** The search page for these words and filters: {@code /search?q=harbour+lights&tag=festival&page=2}. */
    public String search(SearchParameters parameters) {
        StringBuilder url = new StringBuilder(search());
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.asQuery().entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** Page {@code n} of a list whose first page is at {@code listPath}. */
    public String paged(String listPath, int n) {
        return n <= 1 ? listPath : listPath + "page/" + n + "/";
    }

    /** The feed of the list at {@code listPath}: {@code feed/} (RSS), {@code feed/atom/} or {@code feed/json/}. */
    public String feed(String listPath, FeedFormat format) {
        return listPath + "feed/" + (format.segment().isEmpty() ? "" : format.segment() + "/");
    }

    /** A root-relative path on this site made absolute; a URL that is already absolute stays as it is. */
    public String absolute(String pathOrUrl) {
        if (pathOrUrl.startsWith("http://") || pathOrUrl.startsWith("https://")) {
            return pathOrUrl;
        }
        return baseUrl + pathOrUrl;
    }

    /** The sitemap index, which lists every child sitemap. */
    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    /**
     * Part {@code number} (from 1) of the child sitemap for one {@code section} of the site, a lowercase word:
     * {@code /sitemap-articles-2.xml}. A section takes as many parts as the sitemap limits make it need.
     */
    public static String sitemap(String section, int number) {
        return "/sitemap-" + section + "-" + number + ".xml";
    }

    /** The section and part number of a {@link #sitemap} path; empty when the path is not one. */
    public static Optional<SitemapPart> sitemapPart(String path) {
        Matcher matcher = SITEMAP_PART.matcher(path);
        return matcher.matches()
                ? Optional.of(new SitemapPart(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** A child sitemap path taken apart. */
    public record SitemapPart(String section, int number) {
    }

    /** The Google News sitemap: the articles of the last two days. */
    public static String newsSitemap() {
        return "/sitemap-news.xml";
    }

    public static String robotsTxt() {
        return "/robots.txt";
    }

    /**
     * What a decoded, slash-terminated path could be, most specific first; empty when it can be nothing.
     * A single segment can be an article (with a {@code /{slug}/} pattern) or a static page.
     */
    public List<PageRef> resolve(List<String> segments) {
        int page = 1;
        List<String> path = segments;
        int n = path.size();
        if (n >= 2 && "page".equals(path.get(n - 2))) {
            // page/1/ resolves too: its canonical path is the list itself, so it redirects there.
            page = pageNumber(path.get(n - 1));
            if (page < 1) {
                return List.of();
            }
            path = path.subList(0, n - 2);
        }
        List<PageRef> candidates = new ArrayList<>();
        if (path.isEmpty()) {
            candidates.add(new PageRef.Home(page));
            return candidates;
        }
        String first = path.get(0);
        PageRef archive = namedArchive(path, page);
        if (archive != null) {
            candidates.add(archive);
        } else if (path.size() == 1 && "corrections".equals(first)) {
            candidates.add(new PageRef.CorrectionsList(page));
        }
        if (page == 1 && !RESERVED.contains(first)) {
            PageRef.ArticleAt article = articlePattern.match(path);
            if (article != null) {
                candidates.add(article);
            }
        }
        PageRef.DateArchive date = dateArchive(path, page);
        if (date != null) {
            candidates.add(date);
        }
        if (page == 1 && path.size() == 1 && !RESERVED.contains(first)) {
            candidates.add(new PageRef.StaticPage(first));
        }
        return candidates;
    }

    /**
     * What a decoded feed path is: the list before {@code feed/} and the format after it; empty when the path is no
     * feed. Only the home, tag, category and author lists have feeds.
     */
    public Optional<FeedRef> resolveFeed(List<String> segments) {
        int n = segments.size();
        if (n >= 1 && "feed".equals(segments.get(n - 1))) {
            return feedOf(segments.subList(0, n - 1), FeedFormat.RSS);
        }
        if (n >= 2 && "feed".equals(segments.get(n - 2))) {
            List<String> listPath = segments.subList(0, n - 2);
            return FeedFormat.ofSegment(segments.get(n - 1)).flatMap(format -> feedOf(listPath, format));
        }
        return Optional.empty();
    }

    private static Optional<FeedRef> feedOf(List<String> listPath, FeedFormat format) {
        PageRef list = listPath.isEmpty() ? new PageRef.Home(1) : namedArchive(listPath, 1);
        return Optional.ofNullable(list).map(ref -> new FeedRef(ref, format));
    }

    /** A tag, category or author archive path, or null when the path is none of those. */
    private static PageRef namedArchive(List<String> path, int page) {
        String first = path.get(0);
        if (path.size() == 2 && "tag".equals(first)) {
            return new PageRef.TagArchive(path.get(1), page);
        } else if (path.size() >= 2 && "category".equals(first)) {
            return new PageRef.CategoryArchive(path.subList(1, path.size()), page);
        } else if (path.size() == 2 && "author".equals(first)) {
            return new PageRef.AuthorArchive(path.get(1), page);
        }
        return null;
    }

    private static PageRef.DateArchive dateArchive(List<String> path, int page) {
        if (path.isEmpty() || path.size() > 3 || !path.get(0).matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(path.get(0));
        Integer month = path.size() > 1 && path.get(1).matches("0[1-9]|1[0-2]") ? Integer.valueOf(path.get(1)) : null;
        Integer day = path.size() > 2 && path.get(2).matches("0[1-9]|[12][0-9]|3[01]") ? Integer.valueOf(path.get(2)) : null;
        if ((path.size() > 1 && month == null) || (path.size() > 2 && day == null)) {
            return null;
        }
        return new PageRef.DateArchive(year, month, day, page);
    }

    /** A page number as written in a URL: digits only, no leading zero, small enough to be real. */
    private static int pageNumber(String text) {
        if (!text.matches("[1-9][0-9]{0,5}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    /**
     * The path of decoded segments, each percent-encoded as this class writes paths: the one spelling under which a
     * redirect is stored and looked up. A directory path ends with a slash; a file path ({@code /old/post.html})
     * does not.
     */
    public static String pathOf(List<String> segments, boolean directory) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(encode(segment));
        }
        return directory || segments.isEmpty() ? path.append('/').toString() : path.toString();
    }

    /** Percent-encodes one path segment, keeping the characters RFC 3986 allows unencoded. */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
