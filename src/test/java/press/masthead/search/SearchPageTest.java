package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.MastheadApp;
import press.masthead.content.Author;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** The search page through the real server, over the test newsroom and a few articles written for searching. */
@OnBothDatabases
class SearchPageTest {
    @Parameter
    Backend backend;

    static final String LEAD = "/2026/10/15/tram-line-extension-approved-after-marathon-session/";
    static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            Newsroom.seed(app);
            seedLighthouseStories(app);
        });
    }

    /** Two stories that both say "lighthouse": one in its headline, one once in its body. */
    static void seedLighthouseStories(MastheadApp app) {
        Author cleo = app.authors().create("Cleo Columnist", "", "", List.of());
        Instant published = Instant.parse("2025-06-01T09:00:00Z");
        app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(Drafts.article("Harbour ferries change timetable")
                .body("The ferries will stop at the old lighthouse pier on Sundays. Tom & Jerry's café `<script>alert(1)</script>` stays open.")
                .by(cleo.id()).publishedAt(published).build());
        app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(Drafts.article("Lighthouse keeper retires after forty years")
                .body("She climbed the stairs every night.")
                .by(cleo.id()).publishedAt(published.plusSeconds(60)).build());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    static String search(String query) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static List<String> resultLinks(Document page) {
        return page.select("main article h3 a").eachAttr("href");
    }

    @Test
    void englishWordsFindTheirOtherFormsAndTheHeadlineCountsMost() {
        assertThat(resultLinks(site.page(search("trams")))).containsExactly(LEAD);
        List<String> lighthouse = resultLinks(site.page(search("lighthouse")));
        assertThat(lighthouse).hasSize(2);
        assertThat(lighthouse.get(0)).contains("lighthouse-keeper-retires");
    }

    @Test
    void resultsShowACountAndSnippetsWithTheMatchesMarkedAndTheTextEscaped() {
        Document page = site.page(search("council"));
        assertThat(page.select("#search-count").text()).startsWith("1 article found for “council”");
        assertThat(page.select("main .card__snippet mark").eachText()).contains("council");

        String html = site.get(search("jerry")).body();
        assertThat(html).contains("Tom &amp; <mark>Jerry&#x27;s</mark> café &lt;script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void anEmptyQueryShowsJustTheForm() {
        Document page = site.page("/search");
        assertThat(page.select("main form[role=search] label[for=search-q]").text()).isEqualTo("Search for");
        assertThat(page.select("main input#search-q[name=q]")).hasSize(1);
        assertThat(page.select("main article")).isEmpty();
        assertThat(page.select("#search-count")).isEmpty();
        assertThat(site.page("/search?q=++").select("main article")).isEmpty();
    }

    @Test
    void nothingFoundSaysSo() {
        Document page = site.page(search("xylophone"));
        assertThat(page.select("#search-count").text()).startsWith("0 articles found");
        assertThat(page.select("main .empty__title").text()).isEqualTo("No articles match.");
    }

    @Test
    void draftsAreNeverFound() {
        assertThat(site.page(search("secret")).select("main").text()).doesNotContain("Secret draft");
        assertThat(site.page(search("mayor")).select("main article")).isEmpty();
    }

    @Test
    void queryGarbageIsSearchedAsPlainWordsNeverAnError() {
        for (String garbage : List.of("title:(( AND \"", "AND", "*", "tram~~~", "\\", "[a TO", "?ram", "))", "\"tram")) {
            HttpResponse<String> response = site.get(search(garbage));
            assertThat(response.statusCode()).as(garbage).isEqualTo(200);
        }
        assertThat(resultLinks(site.page(search("\"tram")))).containsExactly(LEAD);
    }

    @Test
    void queryWithManyWordsStillAnswers() {
        String longQuery = "tram ".repeat(200) + "a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p*";
        assertThat(site.get(search(longQuery)).statusCode()).isEqualTo(200);
        assertThat(site.get(search("a~ b~ c~ d~ e~ f~ g~ h~ i~ j~ k~ l~ m~ n~ o~ p~")).statusCode()).isEqualTo(200);
    }

    @Test
    void categoryFilterIncludesChildCategories() {
        assertThat(resultLinks(site.page(search("budget") + "&category=news"))).hasSize(2).contains(LEAD);
        assertThat(resultLinks(site.page(search("budget") + "&category=transport"))).containsExactly(LEAD);
        assertThat(resultLinks(site.page(search("budget") + "&category=no-such-section"))).isEmpty();
    }

    @Test
    void tagAuthorAndYearFilterTheResults() {
        assertThat(resultLinks(site.page(search("budget") + "&tag=waterfront"))).containsExactly(LEAD);
        assertThat(resultLinks(site.page(search("budget") + "&author=ada-reporter"))).hasSize(2).contains(LEAD);
        assertThat(site.page(search("budget") + "&year=2026").select("#search-count").text()).startsWith("25 articles");
        assertThat(resultLinks(site.page(search("lighthouse") + "&year=2026"))).isEmpty();
        assertThat(resultLinks(site.page(search("lighthouse") + "&year=2025"))).hasSize(2);
    }

    @Test
    void filtersOfferTheSiteChoicesWithTheChosenOneSelected() {
        Document page = site.page(search("budget") + "&category=transport&tag=waterfront&year=2026&sort=date");
        assertThat(page.select("select#search-category option").eachText())
                .contains("Any section", "News", "— Transport", "Culture");
        assertThat(page.select("select#search-category option[selected]").val()).isEqualTo("transport");
        assertThat(page.select("select#search-tag option[selected]").text()).isEqualTo("Waterfront");
        assertThat(page.select("select#search-author option").eachText()).contains("Ada Reporter", "Cleo Columnist");
        assertThat(page.select("select#search-year option").eachText()).containsExactly("Any year", "2026", "2025");
        assertThat(page.select("select#search-year option[selected]").val()).isEqualTo("2026");
        assertThat(page.select("select#search-sort option[selected]").val()).isEqualTo("date");
        assertThat(page.select("main form details[open]")).hasSize(1);
        assertThat(site.page(search("budget")).select("main form details[open]")).isEmpty();
        for (var select : page.select("main form select")) {
            assertThat(page.select("label[for=" + select.id() + "]")).as(select.id()).hasSize(1);
        }
    }

    @Test
    void sortByDateListsTheNewestFirst() {
        List<String> byDate = resultLinks(site.page(search("budget") + "&sort=date"));
        assertThat(byDate).hasSize(10);
        assertThat(byDate.get(0)).isEqualTo(LEAD);
        assertThat(byDate.get(1)).startsWith("/2026/10/10/");
        assertThat(byDate.get(2)).startsWith("/2026/09/23/");
        assertThat(byDate.get(9)).startsWith("/2026/09/16/");
    }

    @Test
    void resultsArePaginatedWithTheSiteArticlesPerPage() {
        Document first = site.page(search("budget"));
        assertThat(resultLinks(first)).hasSize(10);
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/search?q=budget&page=2");
        Document third = site.page(search("budget") + "&sort=date&page=3");
        assertThat(resultLinks(third)).hasSize(5);
        assertThat(third.select("a[rel=prev]").attr("href")).isEqualTo("/search?q=budget&sort=date&page=2");
        assertThat(third.select("[aria-current=page]").text()).contains("3");
        assertThat(site.get(search("budget") + "&page=4").statusCode()).isEqualTo(404);
    }

    @Test
    void aParameterThatCannotBeUnderstoodIsABadRequestNamingIt() {
        HttpResponse<String> page = site.get(search("budget") + "&page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("page must be a whole number").doesNotContain("Exception");
        assertThat(site.get(search("budget") + "&sort=oldest").body()).contains("sort must be");
    }

    @Test
    void searchPagesAreNotIndexedAndNotKeptBySharedCaches() {
        HttpResponse<String> response = site.get(search("budget"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("private").contains("no-store"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.title()).isEqualTo("Search results for “budget” — The Test Gazette");
    }

    @Test
    void everyPageHeaderHasASearchFormThatWorksWithoutScript() {
        Document home = site.page("/");
        var form = home.select("header form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=search][name=q]").attr("id")).isEqualTo("site-search-q");
        assertThat(form.select("label[for=site-search-q]").text()).isEqualTo("Search articles");
        assertThat(site.page(LEAD).select("header form[role=search]")).hasSize(1);
    }

    @Test
    void wordPressStyleSearchRedirectsToTheSearchPage() {
        HttpResponse<String> response = site.get("/?s=harbour+lights");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/search?q=harbour+lights");
        assertThat(site.get("/search/?q=tram").headers().firstValue("Location")).hasValue("/search?q=tram");
    }
}
