package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.CorrectionKind;
import press.masthead.content.PageDraft;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;
import press.masthead.output.RenderedPage;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;
import press.masthead.web.RequestPaths;

/**
 * No N+1 queries: every kind of page costs the same number of SQL statements whether it lists 5 articles or 25.
 * Each page is rendered once with 5 articles in the site and once with 25, all of them on one list page, each
 * article with two authors, two categories, three tags and a correction.
 */
@OnBothDatabases
class QueryCountTest {
    @Parameter
    Backend backend;

    private static final int FEW = 5;
    private static final int MANY = 25;
    private static final Instant FIRST_PUBLISHED = Instant.parse("2026-03-02T09:00:00Z");

    /** Page kind, and the path rendered for it. */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "/");
        PAGES.put("article", "/2026/03/02/story-1/");
        PAGES.put("tag archive", "/tag/budget/");
        PAGES.put("category archive", "/category/news/transport/");
        PAGES.put("author archive", "/author/ada-reporter/");
        PAGES.put("year archive", "/2026/");
        PAGES.put("month archive", "/2026/03/");
        PAGES.put("static page", "/about/");
        PAGES.put("corrections list", "/corrections/");
        PAGES.put("site feed", "/feed/");
        PAGES.put("tag feed", "/tag/budget/feed/atom/");
        PAGES.put("category feed", "/category/news/transport/feed/json/");
        PAGES.put("author feed", "/author/ada-reporter/feed/");
        PAGES.put("sitemap index", "/sitemap.xml");
        PAGES.put("article sitemap", "/sitemap-articles-1.xml");
        PAGES.put("tag sitemap", "/sitemap-tags-1.xml");
        PAGES.put("page sitemap", "/sitemap-pages-1.xml");
    }

    static MastheadApp app;
    static final StatementCounter counter = new StatementCounter();
    static final Map<String, Integer> withFew = new LinkedHashMap<>();
    static final Map<String, Integer> withMany = new LinkedHashMap<>();
    static final Map<String, String> bodiesWithMany = new LinkedHashMap<>();

    @BeforeParameterizedClassInvocation
    static void renderEveryPageWithFewThenManyArticles(Backend backend) {
        app = MastheadApp.open(backend.settingsFor(TempDirs.create("query-count-")), Clock.systemUTC());
        app.database().jdbi().setSqlLogger(counter);
        Newsdesk desk = Newsdesk.create(app);
        for (int i = 1; i <= FEW; i++) {
            desk.publishStory(i);
        }
        PAGES.forEach((kind, path) -> withFew.put(kind, statementsToRender(path).count()));
        for (int i = FEW + 1; i <= MANY; i++) {
            desk.publishStory(i);
        }
        PAGES.forEach((kind, path) -> {
            Counted counted = statementsToRender(path);
            withMany.put(kind, counted.count());
            bodiesWithMany.put(kind, counted.body());
        });
    }

    @AfterParameterizedClassInvocation
    static void close() {
        app.close();
        TempDirs.delete(app.settings().dataDir());
    }

    static List<String> pageKinds() {
        return List.copyOf(PAGES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void aPageCostsAsManyStatementsWithTwentyFiveArticlesAsWithFive(String kind) {
        assertThat(withFew.get(kind)).as("statements for %s with %d articles", kind, FEW).isPositive();
        assertThat(withMany.get(kind)).as("statements for %s with %d articles (with %d: %d)", kind, MANY, FEW,
                withFew.get(kind)).isEqualTo(withFew.get(kind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageKinds")
    void theLargerSiteReallyPutsMoreOnEveryListPage(String kind) {
        String body = bodiesWithMany.get(kind);
        if (kind.contains("archive") || kind.equals("home") || kind.equals("corrections list")
                || kind.equals("article sitemap")) {
            assertThat(body).contains("story-" + MANY + "/").contains("story-1/");
        } else if (kind.contains("feed")) {
            assertThat(body).contains("story-" + MANY + "/").doesNotContain("story-" + FEW + "/");
        }
    }

    private record Counted(int count, String body) {
    }

    /** Renders a path the way the server does on a cache miss, counting the statements it runs. */
    private static Counted statementsToRender(String path) {
        int before = counter.count();
        RenderedPage page = render(path);
        return new Counted(counter.count() - before, new String(page.body(), StandardCharsets.UTF_8));
    }

    private static RenderedPage render(String path) {
        List<String> segments = RequestPaths.segments(path);
        Supplier<AssertionError> missing = () -> new AssertionError("nothing renders at " + path);
        if (path.startsWith("/sitemap")) {
            return app.sitemaps().render(path).orElseThrow(missing);
        }
        if (segments.contains("feed")) {
            Rendition feed = app.renderer().permalinks().resolveFeed(segments).map(app.feedRenderer()::render)
                    .orElseThrow(missing);
            return ((Rendition.Rendered) feed).page();
        }
        return app.renderer().renderPath(path).orElseThrow(missing);
    }

    /** Counts every statement JDBI runs, batches as one. */
    private static final class StatementCounter implements SqlLogger {
        private final AtomicInteger statements = new AtomicInteger();

        @Override
        public void logAfterExecution(StatementContext context) {
            statements.incrementAndGet();
        }

        @Override
        public void logException(StatementContext context, SQLException ex) {
            statements.incrementAndGet();
        }

        int count() {
            return statements.get();
        }
    }

    /** A site whose list pages hold all its articles, and the stories to fill it. */
    private record Newsdesk(MastheadApp app, Author ada, Author ben, Category news, Category transport,
                            List<Tag> tags) {
        static Newsdesk create(MastheadApp app) {
            SiteSettings defaults = app.siteSettings().load();
            app.siteSettings().save(new SiteSettings("The Count", "Every statement counted", "", "en", ZoneOffset.UTC,
                    defaults.dateFormat(), defaults.copyright(), List.of(), MANY, defaults.articleUrlPattern(),
                    false, true, SiteSettings.DEFAULT_TITLE_PATTERN));
            Category news = app.taxonomies().createCategory("News", "", null);
            Category transport = app.taxonomies().createCategory("Transport", "", news.id());
            app.pages().create(new PageDraft("About", "", "Who we are.", true, "", "", "", false, null));
            return new Newsdesk(app, app.authors().create("Ada Reporter", "", "", List.of()),
                    app.authors().create("Ben Editor", "", "", List.of()), news, transport,
                    List.of(app.taxonomies().tag("Budget"), app.taxonomies().tag("Trams"),
                            app.taxonomies().tag("Harbour")));
        }

        /** Story {@code n}, a day after story {@code n - 1}, with a correction so it has a note on its page. */
        void publishStory(int n) {
            Instant published = FIRST_PUBLISHED.plusSeconds(86_400L * (n - 1));
            Article article = app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(
                    Drafts.article("Story " + n).standfirst("Part " + n + ".").body("Paragraph " + n + ".")
                            .by(ada.id(), ben.id()).in(transport.id(), news.id())
                            .tagged(tags.stream().mapToLong(Tag::id).toArray())
                            .image("/media/story-" + n + ".jpg", "Photo " + n, "")
                            .publishedAt(published).build());
            app.corrections().add(article.id(), CorrectionKind.CORRECTION,
                    "An earlier version of story " + n + " misspelt a name.");
        }
    }
}
