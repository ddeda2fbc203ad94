package press.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.SiteSettings;
import press.masthead.content.Slugs;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

/** A site that keeps its articles on its own pages: feeds carry the excerpt and a link, no body. */
class ExcerptOnlyFeedsTest {
    static TestSite site;
    static FeedClient feeds;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            app.siteSettings().save(app.siteSettings().load().withFeedFullContent(false));
        });
        feeds = new FeedClient(site);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Article lead() {
        return site.app().articleStore().findBySlug(Slugs.from(Newsroom.LEAD_HEADLINE, "article")).orElseThrow();
    }

    @Test
    void theSettingIsKeptAndFullContentIsTheDefault() {
        assertThat(site.app().siteSettings().load().feedFullContent()).isFalse();
        assertThat(SiteSettings.defaults().feedFullContent()).isTrue();
    }

    @Test
    void rssItemsHaveTheExcerptAndNoBody() {
        Xml item = feeds.rss("/feed/").nodes("/rss/channel/item").get(0);

        assertThat(Parser.unescapeEntities(item.text("description"), false)).isEqualTo(lead().excerpt());
        assertThat(item.nodes("content:encoded")).isEmpty();
    }

    @Test
    void atomEntriesHaveASummaryAndNoContentYetStayValid() {
        Xml entry = feeds.atom("/feed/atom/").nodes("/atom:feed/atom:entry").get(0);

        assertThat(entry.text("atom:summary")).isEqualTo(lead().excerpt());
        assertThat(entry.nodes("atom:content")).isEmpty();
    }

    @Test
    void jsonItemsCarryTheExcerptAsTextYetStayValid() {
        JsonNode item = feeds.json("/feed/json/").path("items").get(0);

        assertThat(item.path("content_text").asText()).isEqualTo(lead().excerpt());
        assertThat(item.has("content_html")).isFalse();
    }
}
