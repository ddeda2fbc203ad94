package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.testing.TestSite;

/** A site one article past what a single sitemap may list. */
class LargeSiteSitemapTest {
    static final int ARTICLES = SitemapSplit.MAX_URLS + 1;
    static final Instant FIRST = Instant.parse("2020-01-01T00:00:00Z");

    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(LargeSiteSitemapTest::insertArticles);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Straight into the table in one batch: through the article rules this would take minutes. */
    static void insertArticles(MastheadApp app) {
        Jdbi.create(app.settings().databaseUrl()).useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO articles (slug, headline, status, published_at, updated_at, created_at)
                    VALUES (:slug, :headline, 'published', :at, :at, :at)""");
            for (int i = 1; i <= ARTICLES; i++) {
                batch.bind("slug", "story-" + i).bind("headline", "Story " + i)
                        .bind("at", FIRST.plusSeconds(600L * i).toEpochMilli()).add();
            }
            batch.execute();
        });
    }

    /** The writer is schema-checked elsewhere; validating all 50,000 entries here would double the test's time. */
    @Test
    void articlesSplitIntoTwoSitemapsAtFiftyThousandUrls() {
        String index = body("/sitemap.xml");
        assertThat(index).contains("/sitemap-articles-1.xml</loc>", "/sitemap-articles-2.xml</loc>")
                .doesNotContain("/sitemap-articles-3.xml");
        SitemapSchemas.assertValidIndex(index.getBytes(StandardCharsets.UTF_8));

        String first = body("/sitemap-articles-1.xml");
        assertThat(count(first, "<loc>")).isEqualTo(SitemapSplit.MAX_URLS);
        assertThat(first).startsWith("<?xml").endsWith("</urlset>\n")
                .contains("/story-1/</loc>", "/story-50000/</loc>");

        String second = body("/sitemap-articles-2.xml");
        assertThat(count(second, "<loc>")).isEqualTo(1);
        assertThat(second).contains("/story-50001/</loc>");
        SitemapSchemas.assertValidUrlset(second.getBytes(StandardCharsets.UTF_8));

        assertThat(site.get("/sitemap-articles-3.xml").statusCode()).isEqualTo(404);
    }

    private static String body(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
