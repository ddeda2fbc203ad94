package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.CorrectionKind;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

/** Public pages come from the page cache after the first request, and no change ever leaves a stale page. */
class PageCachingTest {
    TestSite site;
    long author;

    @BeforeEach
    void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            author = app.authors().create("Cache Writer", "", "", List.of()).id();
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aCachedPageIsServedWithoutTheDatabase() {
        String first = site.get(ArticlePageTest.LEAD).body();
        assertThat(site.app().pageCache().size()).isGreaterThanOrEqualTo(1);
        site.app().close();
        HttpResponse<String> cached = site.get(ArticlePageTest.LEAD);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(first);
        assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(site.get("/tag/budget/").statusCode()).as("not cached, needs the database").isEqualTo(500);
    }

    @Test
    void cachedPagesAnswerConditionalGzipAndHeadRequestsLikeFreshOnes() {
        HttpResponse<String> fresh = site.get("/");
        HttpResponse<String> cached = site.get("/");
        assertThat(site.app().pageCache().hits()).isPositive();
        assertThat(cached.body()).isEqualTo(fresh.body());
        assertThat(cached.headers().firstValue("ETag")).isEqualTo(fresh.headers().firstValue("ETag"));
        assertThat(cached.headers().firstValue("Last-Modified")).isEqualTo(fresh.headers().firstValue("Last-Modified"));
        HttpResponse<String> notModified = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .header("If-None-Match", cached.headers().firstValue("ETag").orElseThrow()));
        assertThat(notModified.statusCode()).isEqualTo(304);
        HttpResponse<String> gzip = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .header("Accept-Encoding", "gzip"));
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        HttpResponse<String> head = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aPercentEncodedPathIsServedFromTheCacheToo() {
        String persian = site.page("/").select("a:containsOwn(" + Newsroom.PERSIAN_HEADLINE + ")").attr("href");
        String first = site.get(persian).body();
        long hitsBefore = site.app().pageCache().hits();
        assertThat(site.get(persian).body()).isEqualTo(first);
        assertThat(site.app().pageCache().hits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void publishingShowsTheNewArticleOnTheHomePageAtOnce() {
        assertThat(site.get("/").body()).doesNotContain("Fresh off the press");
        site.app().articles().create(Drafts.article("Fresh off the press").by(author).build());
        assertThat(site.get("/").body()).contains("Fresh off the press");
    }

    @Test
    void aScheduledArticleReplacesTheCachedHomePageWhenItsTimeComes() throws InterruptedException {
        site.app().articles().create(Drafts.article("Due in a few seconds").by(author)
                .status(ArticleStatus.SCHEDULED).publishedAt(Instant.now().plusSeconds(4)).build());
        site.get("/");
        assertThat(site.get("/").body()).as("from the cache, before its time").doesNotContain("Due in a few seconds");

        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String home = site.get("/").body();
        while (!home.contains("Due in a few seconds") && System.nanoTime() < end) {
            Thread.sleep(100);
            home = site.get("/").body();
        }
        assertThat(home).contains("Due in a few seconds");
    }

    @Test
    void editingUnpublishingAndCorrectingAreVisibleAtOnce() {
        Instant published = Instant.parse("2026-10-01T09:00:00Z");
        Article article = site.app().articles().create(Drafts.article("Original headline").by(author)
                .publishedAt(published).build());
        String path = "/2026/10/01/original-headline/";
        assertThat(site.get(path).body()).contains("Original headline");
        site.app().articles().update(article.id(), Drafts.article("Changed headline").slug("original-headline")
                .by(author).publishedAt(published).build());
        assertThat(site.get(path).body()).contains("Changed headline");

        site.app().corrections().add(article.id(), CorrectionKind.CORRECTION, "We misspelled the quay.");
        assertThat(site.get(path).body()).contains("We misspelled the quay.");

        site.app().articles().update(article.id(), Drafts.article("Changed headline").slug("original-headline")
                .by(author).publishedAt(published).status(ArticleStatus.DRAFT).build());
        assertThat(site.get(path).statusCode()).isEqualTo(404);
        assertThat(site.get("/").body()).doesNotContain("Changed headline");
    }

    @Test
    void aTaxonomyChangeClearsTheCache() {
        site.get("/");
        assertThat(site.app().pageCache().size()).isPositive();
        site.app().taxonomies().createCategory("Weather", "", null);
        assertThat(site.app().pageCache().size()).isZero();
        assertThat(site.get("/").body()).contains("/category/weather/");
    }
}
