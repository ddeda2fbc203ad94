package press.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import press.masthead.content.ArticleFilter;
import press.masthead.testing.TestSite;

@Tag("smoke")
class DemoContentTest {
    static TestSite site;
    static boolean filled;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> filled = new DemoContent(app).fillIfEmpty());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void fillsAnEmptySiteWithArticlesPagesAndSettings() {
        assertThat(filled).isTrue();
        Document home = site.page("/");
        assertThat(home.title()).startsWith("The Harbour Ledger");
        List<String> links = home.select("main article h2 a, main article h3 a").eachAttr("href");
        assertThat(links).hasSizeGreaterThanOrEqualTo(10);
        assertThat(home.select("body > footer").text()).contains("The Harbour Ledger");
        assertThat(home.select("body > footer a").eachText()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDemoArticleRendersWithItsImage() {
        assertThat(countPublished()).isBetween(10, 16);
        Document home = site.page("/");
        for (String href : home.select("main article h2 a, main article h3 a").eachAttr("href")) {
            Document article = site.page(href);
            assertThat(article.select("h1")).hasSize(1);
            for (String src : article.select("main img").eachAttr("src")) {
                HttpResponse<byte[]> image = site.getBytes(src);
                assertThat(image.statusCode()).as(src).isEqualTo(200);
                assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            }
        }
    }

    @Test
    void oneDemoArticleIsWrittenRightToLeft() {
        List<String> languages = new java.util.ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            String path = page == 1 ? "/" : "/page/" + page + "/";
            if (site.get(path).statusCode() != 200) {
                continue;
            }
            for (String href : site.page(path).select("main article h2 a, main article h3 a").eachAttr("href")) {
                languages.add(site.page(href).selectFirst("html").attr("dir"));
            }
        }
        assertThat(languages).containsOnlyOnce("rtl");
    }

    @Test
    void demoHasTwoStaticPagesAndNestedCategories() {
        Document home = site.page("/");
        List<String> footerPages = home.select("body > footer a[href~=^/[^/]+/$]").eachAttr("href");
        assertThat(footerPages).hasSizeGreaterThanOrEqualTo(2);
        for (String page : footerPages) {
            assertThat(site.get(page).statusCode()).isEqualTo(200);
        }
        assertThat(site.get("/category/news/transport/").statusCode()).isEqualTo(200);
    }

    @Test
    void aSiteWithContentIsLeftAlone() {
        int before = countPublished();
        assertThat(new DemoContent(site.app()).fillIfEmpty()).isFalse();
        assertThat(countPublished()).isEqualTo(before);
    }

    private static int countPublished() {
        return site.app().articleStore().countPublished(ArticleFilter.all());
    }
}
