package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class SitemapsTest {
    @Parameter
    Backend backend;

    static final String BASE = "https://gazette.example";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    static TestSite site;
    static Article fresh;
    static Article old;
    static Article selfCanonical;
    static Article wire;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, SitemapsTest::seed);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    /**
     * The newsroom, served at a fixed base URL, plus: an article of the last hour with images, one three days
     * old, one whose canonical URL is its own, one syndicated from elsewhere (the newest of all), a tag and a
     * category nobody published in, and a tag only a draft has.
     */
    static void seed(MastheadApp app) {
        Newsroom.seed(app);
        app.siteSettings().save(app.siteSettings().load().withBaseUrl(BASE));
        Author cy = app.authors().create("Cy Stringer", "", "", List.of());
        Category sport = app.taxonomies().createCategory("Sport", "", null);
        Category rowing = app.taxonomies().createCategory("Rowing", "", sport.id());
        app.taxonomies().createCategory("Empty section", "", null);
        Tag fishing = app.taxonomies().tag("Fishing");
        app.taxonomies().tag("Unused");
        Tag draftOnly = app.taxonomies().tag("Draft only");
        fresh = publish(app, NOW.minus(Duration.ofHours(1)), Drafts.article("Quay & market: fresh <catch>\u0007 news")
                .body("""
                        ![Boats at the quay](/media/quay-boats.jpg)

                        ![Nets drying](photos/nets.jpg)

                        ![The catch](https://images.example.com/catch.jpg)
                        """)
                .image("/media/fresh-hero.jpg", "The fish market at dawn", "")
                .by(cy.id()).in(rowing.id()).tagged(fishing.id()));
        old = publish(app, NOW.minus(Duration.ofDays(3)), Drafts.article("Ferry timetable from three days ago").by(cy.id()));
        selfCanonical = publish(app, Instant.parse("2026-10-01T12:00:00Z"), Drafts.article("Self canonical story")
                .canonicalUrl(BASE + "/2026/10/01/self-canonical-story/").by(cy.id()));
        publish(app, NOW, Drafts.article("Unfinished piece").status(ArticleStatus.DRAFT).by(cy.id())
                .tagged(draftOnly.id()));
        wire = publish(app, NOW.minus(Duration.ofMinutes(30)), Drafts.article("Wire story printed everywhere")
                .canonicalUrl("https://wire.example.com/original-story").by(cy.id()));
    }

    private static Article publish(MastheadApp app, Instant at, Drafts draft) {
        ArticleDraft built = draft.publishedAt(at).build();
        return app.articles(Clock.fixed(at, ZoneOffset.UTC)).create(built);
    }

    @Test
    void robotsTxtNamesTheSitemapIndexByItsAbsoluteUrl() {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).startsWith("User-agent: *\n")
                .contains("\nSitemap: " + BASE + "/sitemap.xml\n")
                .doesNotContain("Disallow: /\n");
    }

    @Test
    void sitemapPathsAreAnsweredBySitemapsNotByTheSiteCatchAll() {
        HttpResponse<String> index = site.get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(site.get("/sitemap-articles-1.xml").statusCode()).isEqualTo(200);
        assertThat(site.get("/sitemap-news.xml").statusCode()).isEqualTo(200);
        HttpResponse<String> head = site.send(HttpRequest.newBuilder(URI.create(site.url("/sitemap.xml")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void indexListsEveryChildThatHasUrlsAndAllAreSchemaValid() {
        byte[] index = fetch("/sitemap.xml");
        SitemapSchemas.assertValidIndex(index);
        List<String> children = xml(index).select("sitemap > loc").eachText();
        assertThat(children).containsExactly(BASE + "/sitemap-articles-1.xml", BASE + "/sitemap-pages-1.xml",
                BASE + "/sitemap-categories-1.xml", BASE + "/sitemap-tags-1.xml", BASE + "/sitemap-authors-1.xml",
                BASE + "/sitemap-news.xml");
        for (String child : children) {
            SitemapSchemas.assertValidUrlset(fetch(child.substring(BASE.length())));
        }
    }

    @Test
    void childLastmodInTheIndexIsTheNewestChangeAmongItsUrls() {
        Document index = xml(fetch("/sitemap.xml"));
        // The syndicated story is newer, but it is not in the sitemap, so it does not date it.
        assertThat(lastmodOf(index, "sitemap", BASE + "/sitemap-articles-1.xml")).isEqualTo(fresh.updatedAt().toString());
        assertThat(lastmodOf(index, "sitemap", BASE + "/sitemap-news.xml")).isEqualTo(fresh.updatedAt().toString());
    }

    @Test
    void articlesSitemapListsPublishedArticlesThatAreTheirOwnCanonicalPage() {
        List<String> locs = xml(fetch("/sitemap-articles-1.xml")).select("url > loc").eachText();
        assertThat(locs).hasSize(Newsroom.FILLER_ARTICLES + 2 + 3)
                .contains(BASE + "/2026/10/15/tram-line-extension-approved-after-marathon-session/",
                        BASE + "/2026/10/01/self-canonical-story/")
                .anySatisfy(loc -> assertThat(loc).endsWith("/" + fresh.slug() + "/"))
                .anySatisfy(loc -> assertThat(loc).endsWith("/" + old.slug() + "/"))
                .noneSatisfy(loc -> assertThat(loc).contains(wire.slug()))
                .noneSatisfy(loc -> assertThat(loc).contains("secret-draft"))
                .noneSatisfy(loc -> assertThat(loc).contains("unfinished-piece"))
                .allSatisfy(loc -> assertThat(loc).startsWith(BASE + "/"));
        assertThat(locs.get(0)).contains("/2026/09/01/").as("oldest first");
    }

    @Test
    void articleLastmodIsWhenItWasLastUpdated() {
        Document articles = xml(fetch("/sitemap-articles-1.xml"));
        assertThat(lastmodOf(articles, "url", BASE + "/2026/10/15/tram-line-extension-approved-after-marathon-session/"))
                .isEqualTo(Newsroom.LEAD_UPDATED.toString());
    }

    @Test
    void articleImagesAreListedAsAbsoluteUrlsFeaturedImageFirst() {
        Document articles = xml(fetch("/sitemap-articles-1.xml"));
        Element freshUrl = url(articles, fresh);
        String freshLoc = freshUrl.selectFirst("loc").text();
        assertThat(freshUrl.select("image|image > image|loc").eachText()).containsExactly(
                BASE + "/media/fresh-hero.jpg", BASE + "/media/quay-boats.jpg", freshLoc + "photos/nets.jpg",
                "https://images.example.com/catch.jpg");
        Element lead = articles.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().contains("tram-line-extension")).findFirst().orElseThrow();
        assertThat(lead.select("image|loc").eachText())
                .containsExactly(BASE + "/media/tram-hero.jpg", BASE + "/media/tram.jpg");
        assertThat(url(articles, old).select("image|image")).isEmpty();
    }

    @Test
    void newsSitemapHasOnlyTheLastTwoDaysWithPublicationNameAndLanguage() {
        byte[] bytes = fetch("/sitemap-news.xml");
        Document news = xml(bytes);
        assertThat(news.select("url > loc").eachText()).singleElement()
                .satisfies(loc -> assertThat(loc).endsWith("/" + fresh.slug() + "/"));
        assertThat(news.select("news|publication > news|name").text()).isEqualTo("The Test Gazette");
        assertThat(news.select("news|publication > news|language").text()).isEqualTo("en");
        assertThat(news.select("news|publication_date").text()).isEqualTo(fresh.publishedAt().toString());
        assertThat(news.select("news|title").text()).isEqualTo("Quay & market: fresh <catch> news");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Quay &amp; market: fresh &lt;catch&gt; news");
    }

    @Test
    void archivesWithoutPublishedArticlesAreLeftOut() {
        assertThat(xml(fetch("/sitemap-tags-1.xml")).select("url > loc").eachText()).containsExactlyInAnyOrder(
                BASE + "/tag/budget/", BASE + "/tag/waterfront/", BASE + "/tag/fishing/");
        assertThat(xml(fetch("/sitemap-categories-1.xml")).select("url > loc").eachText()).containsExactly(
                BASE + "/category/culture/", BASE + "/category/news/", BASE + "/category/news/transport/",
                BASE + "/category/sport/", BASE + "/category/sport/rowing/");
        assertThat(xml(fetch("/sitemap-authors-1.xml")).select("url > loc").eachText()).containsExactly(
                BASE + "/author/ada-reporter/", BASE + "/author/ben-editor/", BASE + "/author/cy-stringer/");
    }

    @Test
    void archiveLastmodIsItsNewestArticleSubcategoriesIncluded() {
        assertThat(lastmodOf(xml(fetch("/sitemap-tags-1.xml")), "url", BASE + "/tag/budget/"))
                .isEqualTo(Newsroom.LEAD_UPDATED.toString());
        Document categories = xml(fetch("/sitemap-categories-1.xml"));
        assertThat(lastmodOf(categories, "url", BASE + "/category/sport/")).isEqualTo(fresh.updatedAt().toString());
        assertThat(lastmodOf(categories, "url", BASE + "/category/sport/rowing/")).isEqualTo(fresh.updatedAt().toString());
    }

    @Test
    void pagesSitemapListsTheHomePageAndStaticPages() {
        Document pages = xml(fetch("/sitemap-pages-1.xml"));
        assertThat(pages.select("url > loc").eachText()).containsExactly(BASE + "/", BASE + "/about-us/");
        // The home page shows the syndicated story, so its change dates the home page.
        assertThat(lastmodOf(pages, "url", BASE + "/")).isEqualTo(wire.updatedAt().toString());
    }

    @Test
    void sitemapsAnswerConditionalGetsWithNotModified() {
        for (String path : List.of("/sitemap.xml", "/sitemap-articles-1.xml", "/robots.txt")) {
            String etag = site.get(path).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
        assertThat(site.get("/sitemap.xml").headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void sitemapThatDoesNotExistAnswersTheThemedNotFoundPage() {
        for (String path : List.of("/sitemap-articles-2.xml", "/sitemap-articles-01.xml", "/sitemap-nothing-1.xml",
                "/sitemap-news-1.xml")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }
    }

    @Test
    void everyPageLinksTheSitemapFromItsFooterAndAsksForNoRobotsRule() {
        Document home = site.page("/");
        assertThat(home.select("footer a[href=/sitemap.xml]")).isNotEmpty();
        assertThat(home.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void rendererNamesEveryPathItAnswersForTheStaticExport() {
        List<String> paths = site.app().sitemaps().paths();
        List<String> children = xml(fetch("/sitemap.xml")).select("sitemap > loc").eachText().stream()
                .map(loc -> loc.substring(BASE.length())).toList();
        assertThat(paths).startsWith("/robots.txt", "/sitemap.xml").containsAll(children).hasSize(children.size() + 2);
        for (String path : paths) {
            assertThat(site.app().sitemaps().render(path)).as(path).isPresent();
        }
    }

    private static byte[] fetch(String path) {
        HttpResponse<byte[]> response = site.getBytes(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static Element url(Document sitemap, Article article) {
        return sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith("/" + article.slug() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError(article.slug() + " is not in the sitemap"));
    }

    private static String lastmodOf(Document sitemap, String entry, String loc) {
        return sitemap.select(entry).stream()
                .filter(e -> e.selectFirst("loc").text().equals(loc))
                .findFirst().orElseThrow(() -> new AssertionError(loc + " is not listed"))
                .selectFirst("lastmod").text();
    }
}
