package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

class DiscourageIndexingTest {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            app.siteSettings().save(app.siteSettings().load().withDiscourageIndexing(true));
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void robotsTxtShutsEveryCrawlerOutAndNamesNoSitemap() {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).isEqualTo("User-agent: *\nDisallow: /\n");
    }

    @Test
    void everyPageAsksRobotsNotToIndexOrFollow() {
        for (String path : new String[] {"/", "/2026/10/15/tram-line-extension-approved-after-marathon-session/",
                "/about-us/", "/tag/budget/"}) {
            assertThat(site.page(path).select("meta[name=robots]").attr("content")).as(path)
                    .isEqualTo("noindex, nofollow");
        }
        Document notFound = Jsoup.parse(site.get("/no/such/page/").body());
        assertThat(notFound.select("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
    }

    @Test
    void thereAreNoSitemapsAndTheFooterLinksNone() {
        for (String path : new String[] {"/sitemap.xml", "/sitemap-articles-1.xml", "/sitemap-pages-1.xml"}) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(site.page("/").select("footer a[href=/sitemap.xml]")).isEmpty();
        assertThat(site.app().sitemaps().paths()).containsExactly("/robots.txt");
    }
}
