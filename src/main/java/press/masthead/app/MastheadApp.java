package press.masthead.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.masthead.accounts.Accounts;
import press.masthead.accounts.ApiTokens;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.LoginThrottle;
import press.masthead.accounts.Logins;
import press.masthead.accounts.Sessions;
import press.masthead.accounts.SetupLinks;
import press.masthead.accounts.TwoFactor;
import press.masthead.accounts.PreviewTokens;
import press.masthead.admin.AccountApiRoutes;
import press.masthead.admin.ArticleApiRoutes;
import press.masthead.admin.ArticleDesk;
import press.masthead.admin.ArticleDiff;
import press.masthead.admin.ArticleNames;
import press.masthead.admin.ArticleRoutes;
import press.masthead.admin.ArticleSite;
import press.masthead.admin.PreviewRoutes;
import press.masthead.admin.AccountRoutes;
import press.masthead.admin.AdminAssetRoutes;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminTemplates;
import press.masthead.admin.DashboardRoutes;
import press.masthead.admin.LoginRoutes;
import press.masthead.admin.SessionCookies;
import press.masthead.admin.SetupRoutes;
import press.masthead.admin.media.MediaAdmin;
import press.masthead.admin.media.MediaAdminRoutes;
import press.masthead.admin.media.MediaApiRoutes;
import press.masthead.admin.media.MediaUploadLimits;
import press.masthead.admin.tools.Downloads;
import press.masthead.admin.tools.ImportJobs;
import press.masthead.admin.tools.ToolsApiRoutes;
import press.masthead.admin.tools.ToolsRoutes;
import press.masthead.admin.audit.AuditPages;
import press.masthead.admin.audit.AuditRoutes;
import press.masthead.admin.authors.AuthorAdmin;
import press.masthead.admin.authors.AuthorAdminRoutes;
import press.masthead.admin.authors.AuthorApiRoutes;
import press.masthead.admin.corrections.CorrectionAdmin;
import press.masthead.admin.corrections.CorrectionAdminRoutes;
import press.masthead.admin.corrections.CorrectionApiRoutes;
import press.masthead.admin.pages.PageAdmin;
import press.masthead.admin.pages.PageAdminRoutes;
import press.masthead.admin.pages.PageApiRoutes;
import press.masthead.admin.settings.SettingsAdmin;
import press.masthead.admin.settings.SettingsAdminRoutes;
import press.masthead.admin.settings.SettingsApiRoutes;
import press.masthead.admin.taxonomy.ArchivePaths;
import press.masthead.admin.taxonomy.TaxonomyAdmin;
import press.masthead.admin.taxonomy.TaxonomyAdminRoutes;
import press.masthead.admin.taxonomy.TaxonomyApiRoutes;
import press.masthead.admin.users.UserAdmin;
import press.masthead.admin.users.UserAdminRoutes;
import press.masthead.admin.users.UserApiRoutes;
import press.masthead.backup.BackupWriter;
import press.masthead.cluster.ChangeBroadcaster;
import press.masthead.cluster.ChangeListener;
import press.masthead.content.ArticleStore;
import press.masthead.content.Articles;
import press.masthead.content.Authors;
import press.masthead.content.BodyRenderer;
import press.masthead.content.Category;
import press.masthead.content.ContentEvents;
import press.masthead.content.Corrections;
import press.masthead.content.Pages;
import press.masthead.content.PublishScheduler;
import press.masthead.content.PublishedLists;
import press.masthead.content.Tag;
import press.masthead.content.Taxonomies;
import press.masthead.feeds.FeedExport;
import press.masthead.feeds.FeedRenderer;
import press.masthead.feeds.FeedRoutes;
import press.masthead.importer.wordpress.ImportSite;
import press.masthead.importer.wordpress.WordPressExporter;
import press.masthead.importer.wordpress.WordPressImporter;
import press.masthead.markup.MarkdownBodyRenderer;
import press.masthead.media.FolderMediaStorage;
import press.masthead.media.MediaExport;
import press.masthead.media.MediaRoutes;
import press.masthead.media.MediaStorage;
import press.masthead.media.MediaUploads;
import press.masthead.output.ExportSource;
import press.masthead.output.PageCache;
import press.masthead.output.RenderedPage;
import press.masthead.site.ArticlePattern;
import press.masthead.site.AssetExport;
import press.masthead.search.SearchRoutes;
import press.masthead.search.SiteSearch;
import press.masthead.site.AssetRoutes;
import press.masthead.site.OembedRoutes;
import press.masthead.site.Permalinks;
import press.masthead.site.SiteExport;
import press.masthead.site.SiteRenderer;
import press.masthead.site.SiteRoutes;
import press.masthead.site.SlugChangeRedirects;
import press.masthead.sitemaps.SitemapRenderer;
import press.masthead.sitemaps.SitemapExport;
import press.masthead.sitemaps.SitemapRoutes;
import press.masthead.store.Database;
import press.masthead.store.Dialect;
import press.masthead.store.JdbcAccountStore;
import press.masthead.store.JdbcApiTokenStore;
import press.masthead.store.JdbcAuditLogStore;
import press.masthead.store.JdbcLoginFailureStore;
import press.masthead.store.JdbcSessionStore;
import press.masthead.store.JdbcSetupTokenStore;
import press.masthead.store.JdbcSiteSecretStore;
import press.masthead.store.ExternalChanges;
import press.masthead.store.SqliteNativeLibrary;
import press.masthead.store.JdbcArticleStore;
import press.masthead.store.JdbcAuthorStore;
import press.masthead.store.JdbcCorrectionStore;
import press.masthead.store.JdbcCommentStore;
import press.masthead.store.JdbcCustomFieldStore;
import press.masthead.store.JdbcImportedIdStore;
import press.masthead.store.JdbcMediaStore;
import press.masthead.store.JdbcPageStore;
import press.masthead.store.JdbcRedirectStore;
import press.masthead.store.JdbcSettingsStore;
import press.masthead.store.JdbcTaxonomyStore;
import press.masthead.store.Migrations;
import press.masthead.theme.TemplateEngine;
import press.masthead.theme.Theme;
import press.masthead.web.ErrorPages;
import press.masthead.web.HttpServer;
import press.masthead.web.PageResponder;

/**
 * The one composition root: builds every part of Masthead from its settings, by constructor arguments, and lists
 * every feature's routes in one place.
 */
public final class MastheadApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MastheadApp.class);
    private final Settings settings;
    private final Clock clock;
    private final Database database;
    /** How long the publishing timer may sleep at most, to find schedules set where it was not told (another node). */
    private static final Duration SCHEDULER_SAFETY_INTERVAL = Duration.ofMinutes(1);
    private final ContentEvents events = new ContentEvents();
    private final BodyRenderer bodyRenderer = new MarkdownBodyRenderer();
    private final JdbcArticleStore articleStore;
    private final JdbcPageStore pageStore;
    private final JdbcAuthorStore authorStore;
    private final JdbcTaxonomyStore taxonomyStore;
    private final JdbcSettingsStore settingsStore;
    private final JdbcRedirectStore redirectStore;
    private final JdbcCorrectionStore correctionStore;
    private final JdbcAccountStore accountStore;
    private final Sessions sessions;
    private final AuditLog auditLog;
    private final MediaStorage mediaStorage;
    private final JdbcMediaStore mediaStore;
    private final MediaUploads mediaUploads;
    private final Theme theme;
    private final SiteRenderer renderer;
    private final SitemapRenderer sitemaps;
    private final FeedRenderer feedRenderer;
    private final SiteSearch search;
    private final AtomicReference<String> listenUrl;
    private final PageCache pageCache;
    private final PublishedLists publishedLists;
    private ExternalChanges externalChanges;
    private volatile PublishScheduler scheduler;
    private ChangeListener clusterListener;
    /** Tells this process's notices to other nodes apart from theirs. */
    private final String node = UUID.randomUUID().toString();
    private ImportJobs importJobs;
    private FutureTask<Void> firstRender;

    private MastheadApp(Settings settings, Clock clock, Database database, Theme theme, TemplateEngine templates,
                        MediaStorage mediaStorage) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.articleStore = new JdbcArticleStore(database);
        this.pageStore = new JdbcPageStore(database);
        this.authorStore = new JdbcAuthorStore(database);
        this.taxonomyStore = new JdbcTaxonomyStore(database);
        this.settingsStore = new JdbcSettingsStore(database);
        this.redirectStore = new JdbcRedirectStore(database);
        this.correctionStore = new JdbcCorrectionStore(database);
        this.accountStore = new JdbcAccountStore(database);
        this.sessions = new Sessions(new JdbcSessionStore(database), clock);
        this.auditLog = new AuditLog(new JdbcAuditLogStore(database), clock);
        this.mediaStorage = mediaStorage;
        this.mediaStore = new JdbcMediaStore(database);
        this.mediaUploads = new MediaUploads(mediaStore, mediaStorage, settings.uploadsDir(), clock,
                settings.mediaMaxUploadMb() * 1024L * 1024L, MediaUploads.DEFAULT_MAX_PIXELS);
        this.theme = theme;
        this.listenUrl = new AtomicReference<>(settings.listenUrl(settings.port()));
        this.publishedLists = new PublishedLists(articleStore);
        this.renderer = new SiteRenderer(articleStore, publishedLists, pageStore, authorStore, taxonomyStore,
                settingsStore, correctionStore, mediaStore, new SiteImageSizes(mediaStorage, theme), templates, clock,
                settings.baseUrl(), listenUrl::get);
        this.sitemaps = new SitemapRenderer(articleStore, pageStore, authorStore, taxonomyStore,
                renderer::effectiveSettings, clock);
        this.feedRenderer = new FeedRenderer(publishedLists, taxonomyStore, authorStore, renderer::effectiveSettings,
                mediaStorage);
        events.listen(new SlugChangeRedirects(renderer::permalinks, redirectStore));
        this.pageCache = new PageCache(settings.pageCacheMb() * 1024L * 1024L);
        events.listen(event -> forgetRenderedContent());
        this.search = new SiteSearch(settings.searchDir(), articleStore, taxonomyStore, settingsStore);
        events.listen(search);
        if (database.dialect() == Dialect.POSTGRES) {
            events.listen(new ChangeBroadcaster(database.jdbi(), node));
        }
    }

    /**
     * Opens the data directory and the database and brings the schema up to date. Checks come first, so a
     * setting, a theme or a database that cannot be used stops here with nothing changed. The theme's templates
     * compile while the database opens: neither needs the other.
     */
    public static MastheadApp open(Settings settings, Clock clock) {
        return open(settings, clock, mediaStorageFor(settings));
    }

    /**
     * Opens the site as {@link #open(Settings, Clock)} does, keeping its media in {@code mediaStorage} instead of the
     * storage the settings name.
     */
    public static MastheadApp open(Settings settings, Clock clock, MediaStorage mediaStorage) {
        Theme theme = new Theme(settings.themesDir(), settings.theme());
        FutureTask<TemplateEngine> templates = new FutureTask<>(() -> {
            TemplateEngine engine = new TemplateEngine(theme);
            engine.validate();
            return engine;
        });
        startDaemon(templates, "masthead-templates");
        DataDirectory.prepare(settings.dataDir());
        if (Dialect.of(settings.databaseUrl()) == Dialect.SQLITE) {
            SqliteNativeLibrary.keepIn(settings.cacheDir());
        }
        Database database = Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        try {
            TemplateEngine validTemplates = finish(templates);
            new Migrations(database).migrate();
            return new MastheadApp(settings, clock, database, theme, validTemplates, mediaStorage);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * After a content change: the remembered lists go first, so that a page rendered once the page cache has moved
     * on cannot be built from a list of before the change.
     */
    private void forgetRenderedContent() {
        publishedLists.forget();
        pageCache.clear();
    }

    /** Starts serving; the returned server is already listening. */
    public HttpServer serve() {
        ErrorPages errorPages = new ErrorPages() {
            @Override
            public RenderedPage notFound(String path) {
                return renderer.notFound(path);
            }

            @Override
            public RenderedPage serverError() {
                return renderer.error();
            }
        };
        firstRender = new FutureTask<>(this::renderHomePageOnce, null);
        startDaemon(firstRender, "masthead-first-render");
        PageResponder responder = new PageResponder(pageCache, settings.pageCacheControl());
        Supplier<String> baseUrl = () -> renderer.effectiveSettings().baseUrl();
        AdminPages adminPages = new AdminPages(new AdminTemplates(), () -> renderer.effectiveSettings().title());
        SessionCookies cookies = new SessionCookies(sessions, baseUrl);
        MediaAdmin mediaAdmin = new MediaAdmin(mediaUploads, auditLog);
        MediaUploadLimits uploadLimits = new MediaUploadLimits(mediaUploads, settings.uploadsDir());
        ArticleDesk desk = new ArticleDesk(this::articles, articleStore, taxonomies(), auditLog, clock);
        ArticleSite articleSite = articleSite();
        PreviewTokens previews = new PreviewTokens(new JdbcSiteSecretStore(database), clock);
        ArticleDiff.Names names = new ArticleNames(authorStore, taxonomyStore);
        importJobs = new ImportJobs(wordPressImports()::run, settings.scratchDir().resolve("imports"), auditLog, clock);
        Downloads downloads = new Downloads(backups(), wordPressExporter(), settings.scratchDir(), auditLog, clock);
        PageAdmin pageAdmin = new PageAdmin(pages(), auditLog,
                page -> renderer.permalinks().absolute(renderer.permalinks().page(page)));
        SettingsAdmin settingsAdmin = new SettingsAdmin(settingsStore, events, auditLog, ArticlePattern::parse);
        CorrectionAdmin correctionAdmin = new CorrectionAdmin(corrections(), auditLog,
                article -> renderer.permalinks().absolute(renderer.permalinks().article(article)));
        UserAdmin userAdmin = new UserAdmin(accounts(), sessions, auditLog);
        AuthorAdmin authorAdmin = new AuthorAdmin(authors(), auditLog);
        TaxonomyAdmin taxonomyAdmin = new TaxonomyAdmin(taxonomies(), auditLog, new ArchivePaths() {
            @Override
            public String tag(Tag tag) {
                return renderer.permalinks().tag(tag);
            }

            @Override
            public String category(Category category, Map<Long, Category> categoriesById) {
                return renderer.permalinks().category(category, categoriesById);
            }
        });
        HttpServer server = new HttpServer(settings.host(), settings.port(), settings.trustedProxies(), List.of(
                new HealthRoutes(database),
                // Before the gate, whose CSRF check reads an upload form, and so the upload.
                uploadLimits,
                new AdminGate(sessions, accountStore, apiTokens(), baseUrl, adminPages),
                new AdminAssetRoutes(),
                new LoginRoutes(logins(), sessions, auditLog, adminPages, cookies),
                new SetupRoutes(setupLinks(), auditLog, adminPages),
                new DashboardRoutes(adminPages, desk, articleSite.timeZone()),
                new ArticleRoutes(desk, adminPages, articleSite, authorStore, taxonomyStore, previews, names),
                new ArticleApiRoutes(desk, articleSite, bodyRenderer, previews, names),
                new PreviewRoutes(desk, articleStore, previews, articleSite),
                new AccountRoutes(accounts(), sessions, twoFactor(), apiTokens(), auditLog, adminPages, cookies),
                new AccountApiRoutes(apiTokens(), auditLog),
                new MediaAdminRoutes(mediaAdmin, uploadLimits, adminPages),
                new MediaApiRoutes(mediaAdmin, uploadLimits),
                new ToolsRoutes(importJobs, downloads, adminPages),
                new ToolsApiRoutes(importJobs, downloads),
                new PageApiRoutes(pageAdmin),
                new PageAdminRoutes(pageAdmin, adminPages),
                new TaxonomyApiRoutes(taxonomyAdmin),
                new TaxonomyAdminRoutes(taxonomyAdmin, adminPages),
                new UserApiRoutes(userAdmin),
                new UserAdminRoutes(userAdmin, adminPages),
                new AuthorApiRoutes(authorAdmin),
                new AuthorAdminRoutes(authorAdmin, adminPages),
                new SettingsApiRoutes(settingsAdmin),
                new SettingsAdminRoutes(settingsAdmin, adminPages),
                new CorrectionApiRoutes(correctionAdmin),
                new CorrectionAdminRoutes(correctionAdmin, adminPages),
                new AuditRoutes(new AuditPages(auditLog), adminPages),
                new AssetRoutes(theme, errorPages, Instant.now(clock)),
                new MediaRoutes(mediaStorage, errorPages),
                new OembedRoutes(renderer),
                new SearchRoutes(search, renderer),
                new SitemapRoutes(sitemaps, errorPages, responder),
                new FeedRoutes(feedRenderer, renderer::permalinks, errorPages, responder),
                new SiteRoutes(renderer, redirectStore, responder)),
                errorPages, pageCache, settings.uploadsDir());
        server.start();
        listenUrl.set(settings.listenUrl(server.port()));
        // Checking the search index opens Lucene, and rebuilds the index when it is stale. The first pages do not
        // need it, so it runs once the server listens rather than taking the processor from the start; a start
        // that fails it, because another process holds the index, still fails as a whole.
        try {
            search.rebuildIfStale();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        startScheduler();
        externalChanges = ExternalChanges.watch(database, settings.databaseUrl(), this::forgetRenderedContent);
        if (database.dialect() == Dialect.POSTGRES) {
            clusterListener = ChangeListener.start(settings.databaseUrl(), settings.databaseUser(),
                    settings.databasePassword(), node, new NodeRefresh(this::forgetRenderedContent, search), clock);
        }
        return server;
    }

    /**
     * Starts publishing scheduled articles on time: first whatever came due while no server ran, then by its timer.
     * Each publication is in the audit log, by the system.
     */
    private void startScheduler() {
        scheduler = new PublishScheduler(articleStore, events, clock, SCHEDULER_SAFETY_INTERVAL,
                article -> auditLog.record(null, "article.published", "“" + article.headline() + "” (article "
                        + article.id() + ")", "on schedule", ""));
        scheduler.start();
    }

    private ArticleSite articleSite() {
        return new ArticleSite(article -> {
            Permalinks links = renderer.permalinks();
            return links.absolute(links.article(article));
        }, () -> renderer.effectiveSettings().timeZone(), path -> renderer.permalinks().absolute(path),
                renderer::preview);
    }

    /**
     * The first page rendered loads what every page needs: the template runtime, the escaper, the JSON-LD writer,
     * the image reader that sizes the publisher's logo, and the published lists the home page shows. Rendering the
     * home page once while the server starts does that on another core, so the first reader does not wait for it.
     * The page is not kept: until the server listens, the port in its absolute addresses may not be known.
     */
    private void renderHomePageOnce() {
        try {
            renderer.render(List.of());
        } catch (RuntimeException e) {
            log.warn("Could not render the home page ahead of the first request: {}", e.toString());
        }
    }

    private static void startDaemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for a task started on another thread, and throws what it threw. */
    private static <T> T finish(FutureTask<T> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting", e);
        }
    }

    /** Everything the static export writes, in the order it lists it: pages, theme assets, media. */
    public List<ExportSource> exportSources() {
        return List.of(
                new SiteExport(renderer, publishedLists, pageStore, authorStore, taxonomyStore, correctionStore),
                new SitemapExport(sitemaps),
                new FeedExport(feedRenderer, renderer::permalinks, taxonomyStore, authorStore),
                new AssetExport(theme),
                new MediaExport(mediaStorage));
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public SiteRenderer renderer() {
        return renderer;
    }

    /** Robots.txt and the sitemaps, for the server and the static export. */
    public SitemapRenderer sitemaps() {
        return sitemaps;
    }

    public FeedRenderer feedRenderer() {
        return feedRenderer;
    }

    public ArticleStore articleStore() {
        return articleStore;
    }

    /**
     * The database behind every store, for tools that work below the content rules: the benchmark's site
     * generator bulk-loads rows through it, and tests watch the statements pages cost.
     */
    public Database database() {
        return database;
    }

    public PageCache pageCache() {
        return pageCache;
    }

    /** Where the site's media files are kept, for the parts that read or write them. */
    public MediaStorage mediaStorage() {
        return mediaStorage;
    }

    /** The media storage the settings name: the {@code media-dir} folder, the one kind there is today. */
    public static MediaStorage mediaStorageFor(Settings settings) {
        return new FolderMediaStorage(settings.mediaDir());
    }

    /** The media library as writers use it: uploads within the size and pixel limits, search, details, delete. */
    public MediaUploads mediaUploads() {
        return mediaUploads;
    }

    public JdbcSettingsStore siteSettings() {
        return settingsStore;
    }

    /** The article rules, with times taken from {@code asOf}: the demo and importers date content in the past. */
    public Articles articles(Clock asOf) {
        return new Articles(articleStore, authorStore, taxonomyStore, bodyRenderer, events, asOf, this::schedulesChanged);
    }

    public Articles articles() {
        return articles(clock);
    }

    /** Aims the publishing timer again once a schedule changed; before {@link #serve()} there is none to aim. */
    private void schedulesChanged() {
        PublishScheduler running = scheduler;
        if (running != null) {
            running.reaim();
        }
    }

    /** The page rules, with times taken from {@code asOf}, as for {@link #articles(Clock)}. */
    public Pages pages(Clock asOf) {
        return new Pages(pageStore, bodyRenderer, events, asOf);
    }

    public Pages pages() {
        return pages(clock);
    }

    public Corrections corrections() {
        return new Corrections(correctionStore, articleStore, events, clock);
    }

    public Authors authors() {
        return new Authors(authorStore, events);
    }

    public Taxonomies taxonomies() {
        return new Taxonomies(taxonomyStore, events);
    }

    public SiteSearch search() {
        return search;
    }

    /** Rebuilds the search index from the database; returns how many articles it holds. */
    public int reindex() {
        return search.rebuild();
    }

    public Accounts accounts() {
        return new Accounts(accountStore, authors(), clock);
    }

    public Sessions sessions() {
        return sessions;
    }

    public Logins logins() {
        return new Logins(accountStore, new LoginThrottle(new JdbcLoginFailureStore(database), clock), sessions,
                twoFactor(), auditLog);
    }

    public TwoFactor twoFactor() {
        return new TwoFactor(accountStore, clock);
    }

    public ApiTokens apiTokens() {
        return new ApiTokens(new JdbcApiTokenStore(database), accountStore, clock);
    }

    /** The one-time link for creating the first admin in a browser. */
    public SetupLinks setupLinks() {
        return new SetupLinks(new JdbcSetupTokenStore(database), accounts(), clock);
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    /** What moving a site in and out reads and writes: the content rules and stores, redirects and media. */
    public ImportSite importSite() {
        return new ImportSite(this::articles, this::pages, authors(), taxonomies(), articleStore, pageStore,
                authorStore, taxonomyStore, mediaStore, new JdbcCommentStore(database),
                new JdbcCustomFieldStore(database), new JdbcImportedIdStore(database), redirectStore, settingsStore,
                renderer::permalinks, mediaStorage, clock);
    }

    /** Imports WordPress exports, saving each report in {@code DATA/imports}. */
    public WordPressImporter wordPressImporter() {
        return new WordPressImporter(importSite(), settings.dataDir().resolve("imports"));
    }

    /** Imports WordPress exports for real or as a dry run, for the command line and the admin. */
    public WordPressImports wordPressImports() {
        return new WordPressImports(this);
    }

    public WordPressExporter wordPressExporter() {
        return new WordPressExporter(importSite());
    }

    /**
     * Backs the site up while it serves: the database (as an SQLite file, whichever database the site runs on) and
     * the media in one archive.
     */
    public BackupWriter backups() {
        return new BackupWriter(this::copyDatabaseTo, mediaStorage, clock);
    }

    /** Writes a consistent copy of the database to {@code target}, also while the site is serving. */
    public void copyDatabaseTo(Path target) {
        database.backupTo(target);
    }

    /** True when the site has no articles and no pages yet. */
    public boolean isEmpty() {
        return articleStore.countAll() == 0 && pageStore.countAll() == 0;
    }

    @Override
    public void close() {
        if (firstRender != null) {
            // It may be reading the database: let it end before the pool closes.
            finish(firstRender);
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (importJobs != null) {
            importJobs.close();
        }
        if (clusterListener != null) {
            clusterListener.close();
        }
        if (externalChanges != null) {
            externalChanges.close();
        }
        try {
            search.close();
        } finally {
            database.close();
        }
    }
}
