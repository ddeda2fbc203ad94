package press.masthead.sitemaps;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.ArticleStore;
import press.masthead.content.ArticleSummary;
import press.masthead.content.Author;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.PageStore;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;
import press.masthead.content.TaxonomyStore;
import press.masthead.site.Permalinks;

/**
 * What each sitemap lists, read from the stores under one set of settings. Left out: everything not public, an
 * article whose canonical URL names another address (that address is the one to index), and an archive with no
 * published article. Article streams hold a database connection until closed.
 */
final class SiteUrls {
    /** Google News takes articles from the last two days... */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    /** ...and at most this many of them in one news sitemap. */
    static final int NEWS_LIMIT = 1_000;

    private final ArticleStore articles;
    private final PageStore pages;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final SiteSettings site;
    private final Permalinks links;
    private final Instant now;

    SiteUrls(ArticleStore articles, PageStore pages, AuthorStore authors, TaxonomyStore taxonomy, SiteSettings site,
             Instant now) {
        this.articles = articles;
        this.pages = pages;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.site = site;
        this.links = Permalinks.of(site);
        this.now = now;
    }

    Permalinks links() {
        return links;
    }

    /** Every indexable article, oldest first, with its images. */
    Stream<SitemapUrl> articles() {
        return articles.publishedSummaries()
                .filter(this::isIndexable)
                .map(article -> {
                    String url = links.absolute(links.article(article));
                    return new SitemapUrl(url, article.updatedAt(), ArticleImages.of(article, url), null);
                });
    }

    /** The indexable articles of the news window, newest first; one dated ahead of now is not news yet. */
    Stream<SitemapUrl> news() {
        return articles.publishedSummariesSince(now.minus(NEWS_WINDOW))
                .filter(article -> !article.publishedAt().isAfter(now))
                .filter(this::isIndexable)
                .limit(NEWS_LIMIT)
                .map(this::newsUrl);
    }

    private SitemapUrl newsUrl(ArticleSummary article) {
        String language = article.language().isEmpty() ? site.language() : article.language();
        return new SitemapUrl(links.absolute(links.article(article)), article.updatedAt(), List.of(),
                new SitemapUrl.NewsArticle(site.title(), NewsLanguage.of(language), article.publishedAt(),
                        article.headline()));
    }

    /** The home page (as new as the newest article on its first page) and the published static pages. */
    Stream<SitemapUrl> pages() {
        Instant homeChanged = articles.published(ArticleFilter.all(), 0, site.articlesPerPage()).stream()
                .map(Article::updatedAt).max(Instant::compareTo).orElse(null);
        return Stream.concat(
                Stream.of(SitemapUrl.of(links.absolute(links.home()), homeChanged)),
                pages.published().stream().filter(page -> !page.noindex())
                        .map(page -> SitemapUrl.of(links.absolute(links.page(page)), page.updatedAt())));
    }

    /** Categories with a published article in them or in a subcategory, whose archive lists those too. */
    Stream<SitemapUrl> categories() {
        List<Category> all = taxonomy.allCategories();
        Map<Long, Category> byId = new HashMap<>();
        all.forEach(category -> byId.put(category.id(), category));
        Map<Long, Instant> newest = new HashMap<>();
        articles.lastUpdatedBy(ArticleStore.Grouping.CATEGORY).forEach((id, updated) -> {
            Category category = byId.get(id);
            if (category != null) {
                for (Category archive : Permalinks.lineage(category, byId)) {
                    newest.merge(archive.id(), updated, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        });
        return archives(all.stream(), Category::id, category -> links.category(category, byId), newest);
    }

    Stream<SitemapUrl> tags() {
        return archives(taxonomy.allTags().stream(), Tag::id, links::tag,
                articles.lastUpdatedBy(ArticleStore.Grouping.TAG));
    }

    Stream<SitemapUrl> authors() {
        return archives(authors.all().stream(), Author::id, links::author,
                articles.lastUpdatedBy(ArticleStore.Grouping.AUTHOR));
    }

    private <T> Stream<SitemapUrl> archives(Stream<T> all, Function<T, Long> id, Function<T, String> path,
                                            Map<Long, Instant> lastUpdated) {
        return all.filter(item -> lastUpdated.containsKey(id.apply(item)))
                .map(item -> SitemapUrl.of(links.absolute(path.apply(item)), lastUpdated.get(id.apply(item))));
    }

    /** An article names its own address unless its canonical URL is set to a different one. */
    private boolean isIndexable(ArticleSummary article) {
        if (article.noindex()) {
            return false;
        }
        String canonical = article.canonicalUrl();
        return canonical == null || canonical.isBlank()
                || canonical.strip().equals(links.absolute(links.article(article)));
    }
}
