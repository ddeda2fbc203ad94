package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.content.PageDraft;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

/** Articles and pages an editor marks noindex stay public but ask search engines to leave them out. */
class NoindexTest {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            long author = app.authors().create("Quiet Writer", "", "", List.of()).id();
            app.articles().create(Drafts.article("Sponsored content from the port").by(author).noindex()
                    .publishedAt(Instant.parse("2026-10-20T10:00:00Z")).build());
            app.pages().create(new PageDraft("Staff handbook", "", "For the newsroom only.", true, "", "", "", true, null));
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aNoindexArticleIsServedWithARobotsMetaTagAndLeftOutOfTheSitemaps() {
        var page = site.page("/2026/10/20/sponsored-content-from-the-port/");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        String articles = site.get("/sitemap-articles-1.xml").body();
        assertThat(articles).doesNotContain("sponsored-content-from-the-port")
                .contains("tram-line-extension-approved-after-marathon-session");
        assertThat(site.page("/2026/10/15/tram-line-extension-approved-after-marathon-session/")
                .select("meta[name=robots]")).isEmpty();
    }

    @Test
    void aNoindexPageIsServedWithARobotsMetaTagAndLeftOutOfTheSitemaps() {
        assertThat(site.page("/staff-handbook/").select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        String pages = site.get("/sitemap-pages-1.xml").body();
        assertThat(pages).doesNotContain("staff-handbook").contains("/about-us/");
    }
}
