package press.masthead.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.ArticleStore;
import press.masthead.content.Author;
import press.masthead.content.AuthorStore;
import press.masthead.content.Category;
import press.masthead.content.Correction;
import press.masthead.content.CorrectionStore;
import press.masthead.content.MediaStore;
import press.masthead.content.PageStore;
import press.masthead.content.PublishedLists;
import press.masthead.content.RelatedArticles;
import press.masthead.content.SettingsStore;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;
import press.masthead.content.TaxonomyStore;
import press.masthead.output.OutputFormat;
import press.masthead.output.RenderedPage;
import press.masthead.seo.ImageSizes;
import press.masthead.seo.PageMetadata;
import press.masthead.seo.ShareLinks;
import press.masthead.seo.SiteIdentity;
import press.masthead.site.model.ArchiveView;
import press.masthead.site.model.ArticleCard;
import press.masthead.site.model.ArticleView;
import press.masthead.site.model.CorrectionEntry;
import press.masthead.site.model.CorrectionView;
import press.masthead.site.model.LinkView;
import press.masthead.site.model.PageMetaView;
import press.masthead.theme.PageKind;
import press.masthead.theme.TemplateEngine;
import press.masthead.web.RequestPaths;

/**
 * Turns a page reference into a {@link RenderedPage}, always in the same four steps: load the content, build the
 * view model, apply the theme, encode the bytes. Serving and the static export both call this.
 */
public final class SiteRenderer {
    static final int RELATED_ARTICLES = 3;
    /** For articles and pages their editors keep out of search engines; links on them may still be followed. */
    static final String NOINDEX = "noindex";
    /** What every page says while the site owner discourages indexing, error pages included. */
    static final String DISCOURAGED_ROBOTS = "noindex, nofollow";

    private final ArticleStore articles;
    private final PublishedLists lists;
    private final RelatedArticles related;
    private final PageStore pages;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final SettingsStore settings;
    private final CorrectionStore corrections;
    private final ImageSizes imageSizes;
    private final ResponsiveImages responsiveImages;
    private final TemplateEngine templates;
    private final Clock clock;
    private final String configuredBaseUrl;
    private final Supplier<String> fallbackBaseUrl;

    /**
     * @param configuredBaseUrl the base URL from a flag, the environment or the properties file; null when none,
     *                          then the site setting and finally {@code fallbackBaseUrl} (where Masthead listens,
     *                          known only once the server is bound)
     */
    public SiteRenderer(ArticleStore articles, PublishedLists lists, PageStore pages, AuthorStore authors,
                        TaxonomyStore taxonomy, SettingsStore settings, CorrectionStore corrections, MediaStore media,
                        ImageSizes imageSizes, TemplateEngine templates, Clock clock, String configuredBaseUrl,
                        Supplier<String> fallbackBaseUrl) {
        this.articles = articles;
        this.lists = lists;
        this.related = new RelatedArticles(lists);
        this.pages = pages;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.corrections = corrections;
        this.imageSizes = imageSizes;
        this.responsiveImages = new ResponsiveImages(media, imageSizes);
        this.templates = templates;
        this.clock = clock;
        this.configuredBaseUrl = configuredBaseUrl;
        this.fallbackBaseUrl = fallbackBaseUrl;
    }

    /**
     * The page at a path, when the path is that page's canonical address; empty for anything the server would
     * redirect or answer 404.
     */
    public Optional<RenderedPage> renderPath(String path) {
        List<String> segments = RequestPaths.segments(path);
        return render(segments)
                .filter(rendered -> RequestPaths.segments(rendered.canonicalPath()).equals(segments))
                .map(Rendition.Rendered::page);
    }

    /**
     * The first of a decoded path's candidates that has content, rendered, with the path it really lives at; empty
     * when none has. The site's settings and taxonomy are read once for all the candidates.
     */
    public Optional<Rendition.Rendered> render(List<String> segments) {
        SiteContext context = load();
        for (PageRef candidate : context.permalinks().resolve(segments)) {
            if (render(context, candidate) instanceof Rendition.Rendered rendered) {
                return Optional.of(rendered);
            }
        }
        return Optional.empty();
    }

    /** The URL contract under the current settings. */
    public Permalinks permalinks() {
        return Permalinks.of(effectiveSettings());
    }

    private Rendition render(SiteContext context, PageRef ref) {
        if (ref instanceof PageRef.Home home) {
            return home(context, home.pageNumber());
        } else if (ref instanceof PageRef.ArticleAt at) {
            return article(context, at);
        } else if (ref instanceof PageRef.StaticPage page) {
            return staticPage(context, page.slug());
        } else if (ref instanceof PageRef.TagArchive tag) {
            return tagArchive(context, tag);
        } else if (ref instanceof PageRef.CategoryArchive category) {
            return categoryArchive(context, category);
        } else if (ref instanceof PageRef.AuthorArchive author) {
            return authorArchive(context, author);
        } else if (ref instanceof PageRef.DateArchive date) {
            return dateArchive(context, date);
        } else if (ref instanceof PageRef.CorrectionsList list) {
            return correctionsList(context, list.pageNumber());
        }
        throw new IllegalArgumentException("No renderer for " + ref);
    }

    /**
     * The published article at a path of this site, as an embeddable card for oEmbed consumers; empty when the
     * path is no published article.
     */
    public Optional<EmbeddableArticle> embeddable(List<String> segments) {
        SiteContext context = load();
        for (PageRef ref : context.permalinks().resolve(segments)) {
            if (ref instanceof PageRef.ArticleAt at) {
                Optional<Article> found = at.slug() != null ? articles.findBySlug(at.slug()) : articles.findById(at.id());
                if (found.isPresent() && found.get().isPublic()) {
                    Article article = found.get();
                    Permalinks links = context.permalinks();
                    String url = links.absolute(links.article(article));
                    ArticleView view = models(context).article(article);
                    return Optional.of(new EmbeddableArticle(view, url, context.settings().title(), links.absolute("/"),
                            view.image() == null ? Optional.empty() : imageSizes.of(view.image().url()),
                            view.image() == null ? null : links.absolute(view.image().url())));
                }
            }
        }
        return Optional.empty();
    }

    public RenderedPage notFound(String path) {
        SiteContext context = load();
        Map<String, Object> model = new HashMap<>();
        model.put("requestedPath", path);
        PageMetaView meta = meta(context, "not_found",
                context.settings().documentTitle("Page not found", 1), "", "", "noindex");
        return page(context, PageKind.NOT_FOUND, 404, meta, model, context.now());
    }

    /** The themed error page; needs no database, since the database may be why we are here. */
    public RenderedPage error() {
        SiteSettings fallback = SiteSettings.defaults().withBaseUrl(fallbackBaseUrl.get());
        SiteContext context = new SiteContext(fallback, Permalinks.of(fallback), Map.of(), List.of(), List.of(),
                clock.instant());
        PageMetaView meta = meta(context, "error",
                fallback.documentTitle("Something went wrong", 1), "", "", "noindex");
        return page(context, PageKind.ERROR, 500, meta, new HashMap<>(), context.now());
    }

    /**
     * The search page for what a reader asked and what the search found. It is never indexed by search engines;
     * with no words it shows just the form.
     */
    public RenderedPage search(SearchParameters parameters, SearchResults results) {
        SiteContext context = load();
        SiteModels models = models(context);
        Map<String, Object> model = new HashMap<>();
        model.put("search", new SearchPageModel(context, models).view(parameters, results));
        if (parameters.hasText()) {
            model.put("pagination", models.pagination(n -> context.permalinks().search(parameters.withPage(n)),
                    parameters.page(), results.pageCount()));
        }
        String title = context.settings().documentTitle(
                parameters.hasText() ? "Search results for “" + parameters.text() + "”" : "Search", parameters.page());
        PageMetaView meta = meta(context, "search", title, "", "", "noindex");
        return page(context, PageKind.SEARCH, 200, meta, model, context.now());
    }

    private SiteContext load() {
        SiteSettings site = effectiveSettings();
        List<Category> categories = taxonomy.allCategories();
        Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        return new SiteContext(site, Permalinks.of(site), byId, categories, pages.published(), clock.instant());
    }

    /**
     * The stored site settings with the base URL in effect: the configured one, else the stored one, else where
     * Masthead listens.
     */
    public SiteSettings effectiveSettings() {
        SiteSettings stored = settings.load();
        if (configuredBaseUrl != null) {
            return stored.withBaseUrl(configuredBaseUrl);
        }
        return stored.hasBaseUrl() ? stored : stored.withBaseUrl(fallbackBaseUrl.get());
    }

    private Rendition home(SiteContext context, int pageNumber) {
        ListPage list = listPage(context, ArticleFilter.all(), pageNumber);
        if (list == null) {
            return new Rendition.Missing();
        }
        SiteModels models = models(context);
        List<ArticleCard> cards = models.cards(list.articles());
        Map<String, Object> model = new HashMap<>();
        boolean hasLead = pageNumber == 1 && !cards.isEmpty();
        model.put("lead", hasLead ? cards.get(0) : null);
        model.put("articles", hasLead ? cards.subList(1, cards.size()) : cards);
        model.put("pagination", models.pagination("/", pageNumber, list.pageCount()));
        SiteSettings site = context.settings();
        String title = pageNumber == 1 ? site.title() + " — " + site.tagline() : site.title() + " — page " + pageNumber;
        String path = context.permalinks().paged("/", pageNumber);
        PageMetaView meta = meta(context, "home", title, site.tagline(), path, "");
        model.put("seo", metadata(context).home(title, site.tagline(), meta.canonicalUrl()));
        return rendered(context, PageKind.HOME, meta, model, newest(list.articles(), context), path);
    }

    private Rendition article(SiteContext context, PageRef.ArticleAt at) {
        Optional<Article> found = at.slug() != null ? articles.findBySlug(at.slug()) : articles.findById(at.id());
        if (found.isEmpty() || !found.get().isPublic() || (at.id() != null && found.get().id() != at.id())) {
            return new Rendition.Missing();
        }
        Article article = found.get();
        Map<String, Object> model = new HashMap<>();
        PageMetaView meta = articleModel(context, article, model);
        return rendered(context, PageKind.ARTICLE, meta, model, article.updatedAt(),
                context.permalinks().article(article));
    }

    /**
     * An article that is not public (a draft, a scheduled one, unsaved changes) in the public theme, for its
     * writers' preview: exactly as readers would see it, except that search engines are told to keep out and follow
     * nothing, whatever the article's own setting. Never cached, never listed.
     */
    public RenderedPage preview(Article article) {
        SiteContext context = load();
        Map<String, Object> model = new HashMap<>();
        PageMetaView meta = articleModel(context, publishedByThen(article, context.now()), model);
        PageMetaView hidden = new PageMetaView(meta.kind(), meta.title(), meta.description(), meta.canonicalUrl(),
                DISCOURAGED_ROBOTS, meta.lang(), meta.dir());
        return page(context, PageKind.ARTICLE, 200, hidden, model, context.now());
    }

    /** An article never published shows as if published now, as it would be if its writer published it. */
    private static Article publishedByThen(Article a, Instant now) {
        if (a.publishedAt() != null) {
            return a;
        }
        return new Article(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodySource(), a.bodyHtml(), a.excerpt(),
                a.wordCount(), a.status(), now, a.updatedAt() == null ? now : a.updatedAt(),
                a.createdAt() == null ? now : a.createdAt(), a.authors(), a.primaryCategory(), a.categories(), a.tags(),
                a.featuredImage(), a.language(), a.seoTitle(), a.seoDescription(), a.canonicalUrl(), a.noindex(),
                a.featured(), a.version(), a.ownerId());
    }

    /** Fills {@code model} for an article page and returns its metadata. */
    private PageMetaView articleModel(SiteContext context, Article article, Map<String, Object> model) {
        SiteModels models = models(context);
        String path = context.permalinks().article(article);
        ArticleView view = models.article(article);
        List<CorrectionView> notes = models.corrections(corrections.forArticle(article.id()));
        model.put("article", view);
        model.put("corrections", notes);
        model.put("related", models.cards(related.of(article, RELATED_ARTICLES)));
        String absolute = context.permalinks().absolute(path);
        model.put("share", ShareLinks.of(absolute, article.headline()));
        model.put("oembedUrl", context.permalinks().oembed() + "?url="
                + URLEncoder.encode(absolute, StandardCharsets.UTF_8) + "&format=json");
        String title = context.settings().documentTitle(
                article.seoTitle().isEmpty() ? article.headline() : article.seoTitle(), 1);
        String description = article.seoDescription().isEmpty() ? article.excerpt() : article.seoDescription();
        String language = article.language().isEmpty() ? context.settings().language() : article.language();
        PageMetaView meta = new PageMetaView("article", title, description,
                article.canonicalUrl().isEmpty() ? context.permalinks().absolute(path) : article.canonicalUrl(),
                article.noindex() ? NOINDEX : "", language, TextDirection.of(language));
        List<LinkView> breadcrumbs = article.primaryCategory() == null ? List.of()
                : Permalinks.lineage(article.primaryCategory(), context.categoriesById()).stream()
                        .map(models::category).toList();
        model.put("seo", metadata(context).article(view, description, meta.canonicalUrl(), breadcrumbs, notes));
        return meta;
    }

    private Rendition staticPage(SiteContext context, String slug) {
        return pages.findBySlug(slug).filter(p -> p.published()).<Rendition>map(page -> {
            SiteModels models = models(context);
            String path = context.permalinks().page(page);
            Map<String, Object> model = new HashMap<>();
            model.put("staticPage", models.page(page));
            String title = context.settings().documentTitle(page.seoTitle().isEmpty() ? page.title() : page.seoTitle(), 1);
            String language = page.language().isEmpty() ? context.settings().language() : page.language();
            PageMetaView meta = new PageMetaView("page", title, page.seoDescription(),
                    context.permalinks().absolute(path), page.noindex() ? NOINDEX : "", language,
                    TextDirection.of(language));
            model.put("seo", metadata(context).page(models.page(page), page.seoDescription(), meta.canonicalUrl()));
            return rendered(context, PageKind.PAGE, meta, model, page.updatedAt(), path);
        }).orElseGet(Rendition.Missing::new);
    }

    private Rendition tagArchive(SiteContext context, PageRef.TagArchive ref) {
        Optional<Tag> tag = taxonomy.findTagBySlug(ref.slug());
        if (tag.isEmpty()) {
            return new Rendition.Missing();
        }
        String path = context.permalinks().tag(tag.get());
        return archive(context, ArticleFilter.tag(tag.get().id()), ref.pageNumber(), path,
                count -> new ArchiveView("tag", tag.get().name(), tag.get().description(), List.of(), null, count),
                "Articles tagged " + tag.get().name(), true);
    }

    private Rendition categoryArchive(SiteContext context, PageRef.CategoryArchive ref) {
        Optional<Category> found = taxonomy.findCategoryBySlug(ref.slugs().get(ref.slugs().size() - 1));
        if (found.isEmpty()) {
            return new Rendition.Missing();
        }
        Category category = found.get();
        SiteModels models = models(context);
        List<LinkView> breadcrumbs = Permalinks.lineage(category, context.categoriesById()).stream()
                .map(models::category).toList();
        String path = context.permalinks().category(category, context.categoriesById());
        return archive(context, ArticleFilter.categoryTree(category, context.categories()), ref.pageNumber(), path,
                count -> new ArchiveView("category", category.name(), category.description(), breadcrumbs, null, count),
                category.description().isEmpty() ? category.name() : category.description(), true);
    }

    private Rendition authorArchive(SiteContext context, PageRef.AuthorArchive ref) {
        Optional<Author> author = authors.findBySlug(ref.slug());
        if (author.isEmpty()) {
            return new Rendition.Missing();
        }
        SiteModels models = models(context);
        String path = context.permalinks().author(author.get());
        return archive(context, ArticleFilter.author(author.get().id()), ref.pageNumber(), path,
                count -> new ArchiveView("author", author.get().name(), author.get().bio(), List.of(),
                        models.author(author.get()), count),
                author.get().bio().isEmpty() ? "Articles by " + author.get().name() : author.get().bio(), true);
    }

    private Rendition dateArchive(SiteContext context, PageRef.DateArchive ref) {
        ZoneId zone = context.zone();
        LocalDate start;
        LocalDate end;
        String kind;
        String title;
        String path;
        Permalinks links = context.permalinks();
        try {
            if (ref.day() != null) {
                start = LocalDate.of(ref.year(), ref.month(), ref.day());
                end = start.plusDays(1);
                kind = "day";
                title = DateTimeFormatter.ofPattern(context.settings().dateFormat(), context.locale()).format(start);
                path = links.day(start);
            } else if (ref.month() != null) {
                start = LocalDate.of(ref.year(), ref.month(), 1);
                end = start.plusMonths(1);
                kind = "month";
                title = start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, context.locale()) + " " + ref.year();
                path = links.month(ref.year(), ref.month());
            } else {
                start = LocalDate.of(ref.year(), 1, 1);
                end = start.plusYears(1);
                kind = "year";
                title = Integer.toString(ref.year());
                path = links.year(ref.year());
            }
        } catch (java.time.DateTimeException e) {
            return new Rendition.Missing();
        }
        ArticleFilter filter = ArticleFilter.publishedBetween(start.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant());
        if (lists.count(filter) == 0) {
            return new Rendition.Missing();
        }
        String archiveKind = kind;
        String archiveTitle = title;
        return archive(context, filter, ref.pageNumber(), path,
                count -> new ArchiveView(archiveKind, archiveTitle, "", List.of(), null, count),
                "Articles from " + title, false);
    }

    private Rendition archive(SiteContext context, ArticleFilter filter, int pageNumber, String path,
                              Function<Integer, ArchiveView> view, String description, boolean hasFeeds) {
        ListPage list = listPage(context, filter, pageNumber);
        if (list == null) {
            return new Rendition.Missing();
        }
        SiteModels models = models(context);
        ArchiveView archive = view.apply(list.total());
        Map<String, Object> model = new HashMap<>();
        model.put("archive", archive);
        model.put("articles", models.cards(list.articles()));
        model.put("pagination", models.pagination(path, pageNumber, list.pageCount()));
        if (hasFeeds) {
            model.put("site", models.site(new LinkView(archive.title(), path)));
        }
        String pagedPath = context.permalinks().paged(path, pageNumber);
        String title = context.settings().documentTitle(archive.title(), pageNumber);
        PageMetaView meta = meta(context, "archive", title, description, pagedPath, "");
        model.put("seo", metadata(context).archive(archive, title, description, meta.canonicalUrl(),
                archive.breadcrumbs()));
        return rendered(context, PageKind.ARCHIVE, meta, model, newest(list.articles(), context), pagedPath);
    }

    private Rendition correctionsList(SiteContext context, int pageNumber) {
        int perPage = context.settings().articlesPerPage();
        int total = corrections.countRecent();
        int pageCount = Math.max(1, (total + perPage - 1) / perPage);
        if (pageNumber > pageCount) {
            return new Rendition.Missing();
        }
        List<Correction> current = corrections.recent((pageNumber - 1) * perPage, perPage);
        List<Long> articleIds = current.stream().map(Correction::articleId).distinct().toList();
        Map<Long, Article> byId = articles.findByIds(articleIds).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        SiteModels models = models(context);
        List<Correction> history = corrections.forArticles(articleIds);
        List<CorrectionEntry> entries = new ArrayList<>();
        for (Correction note : current) {
            Article article = byId.get(note.articleId());
            entries.add(new CorrectionEntry(models.correction(note, history), article.headline(),
                    context.permalinks().article(article)));
        }
        String path = context.permalinks().corrections();
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries);
        model.put("pagination", models.pagination(path, pageNumber, pageCount));
        String pagedPath = context.permalinks().paged(path, pageNumber);
        String title = context.settings().documentTitle("Corrections and clarifications", pageNumber);
        PageMetaView meta = meta(context, "corrections", title,
                "Every correction, clarification and update to our published articles, newest first.", pagedPath, "");
        Instant lastModified = current.stream().map(Correction::createdAt).max(Instant::compareTo).orElse(context.now());
        return rendered(context, PageKind.CORRECTIONS, meta, model, lastModified, pagedPath);
    }

    private SiteModels models(SiteContext context) {
        return new SiteModels(context, responsiveImages);
    }

    private PageMetadata metadata(SiteContext context) {
        Permalinks links = context.permalinks();
        SiteIdentity identity = new SiteIdentity(context.settings().title(), links.absolute("/"),
                context.settings().language(), "/assets/logo.png",
                links.absolute("/search") + "?q={search_term_string}");
        return new PageMetadata(identity, links::absolute, imageSizes);
    }

    /** One page of a list, or null when the page number is past the last page. */
    private ListPage listPage(SiteContext context, ArticleFilter filter, int pageNumber) {
        int perPage = context.settings().articlesPerPage();
        int total = lists.count(filter);
        int pageCount = Math.max(1, (total + perPage - 1) / perPage);
        if (pageNumber > pageCount) {
            return null;
        }
        return new ListPage(lists.page(filter, (pageNumber - 1) * perPage, perPage), total, pageCount);
    }

    private record ListPage(List<Article> articles, int total, int pageCount) {
    }

    private static Instant newest(List<Article> list, SiteContext context) {
        return list.stream().map(Article::updatedAt).max(Instant::compareTo).orElse(context.now());
    }

    private static PageMetaView meta(SiteContext context, String kind, String title, String description, String path,
                                     String robots) {
        String language = context.settings().language();
        return new PageMetaView(kind, title, description, path.isEmpty() ? "" : context.permalinks().absolute(path),
                robots, language, TextDirection.of(language));
    }

    private static PageMetaView withRobotsPolicy(SiteContext context, PageMetaView meta) {
        if (!context.settings().discourageIndexing()) {
            return meta;
        }
        return new PageMetaView(meta.kind(), meta.title(), meta.description(), meta.canonicalUrl(), DISCOURAGED_ROBOTS,
                meta.lang(), meta.dir());
    }

    private Rendition rendered(SiteContext context, PageKind kind, PageMetaView meta, Map<String, Object> model,
                               Instant lastModified, String path) {
        return new Rendition.Rendered(page(context, kind, 200, meta, model, lastModified), path);
    }

    private RenderedPage page(SiteContext context, PageKind kind, int status, PageMetaView meta,
                              Map<String, Object> model, Instant lastModified) {
        model.putIfAbsent("site", models(context).site());
        model.put("meta", withRobotsPolicy(context, meta));
        return RenderedPage.of(status, templates.render(kind, model), OutputFormat.HTML, lastModified);
    }
}
