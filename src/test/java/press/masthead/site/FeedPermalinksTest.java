package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.masthead.content.SiteSettings;
import press.masthead.web.RequestPaths;

class FeedPermalinksTest {
    private final Permalinks links = Permalinks.of(SiteSettings.defaults().withBaseUrl("https://news.example.com/"));

    private FeedRef resolved(String path) {
        return links.resolveFeed(RequestPaths.segments(path))
                .orElseThrow(() -> new AssertionError(path + " is no feed"));
    }

    @Test
    void everyListHasItsFeedsBelowItsOwnPath() {
        assertThat(links.feed("/", FeedFormat.RSS)).isEqualTo("/feed/");
        assertThat(links.feed("/", FeedFormat.ATOM)).isEqualTo("/feed/atom/");
        assertThat(links.feed("/", FeedFormat.JSON)).isEqualTo("/feed/json/");
        assertThat(links.feed("/category/news/transport/", FeedFormat.JSON))
                .isEqualTo("/category/news/transport/feed/json/");
    }

    @Test
    void feedPathsResolveToTheirListAndFormat() {
        assertThat(resolved("/feed/")).isEqualTo(new FeedRef(new PageRef.Home(1), FeedFormat.RSS));
        assertThat(resolved("/feed/atom/")).isEqualTo(new FeedRef(new PageRef.Home(1), FeedFormat.ATOM));
        assertThat(resolved("/tag/budget/feed/json/"))
                .isEqualTo(new FeedRef(new PageRef.TagArchive("budget", 1), FeedFormat.JSON));
        assertThat(resolved("/category/news/transport/feed/"))
                .isEqualTo(new FeedRef(new PageRef.CategoryArchive(List.of("news", "transport"), 1), FeedFormat.RSS));
        assertThat(resolved("/author/ada-reporter/feed/atom/"))
                .isEqualTo(new FeedRef(new PageRef.AuthorArchive("ada-reporter", 1), FeedFormat.ATOM));
    }

    @Test
    void everyFeedPathWrittenResolvesBackToItsFormat() {
        for (FeedFormat format : FeedFormat.values()) {
            assertThat(resolved(links.feed("/tag/caf%C3%A9/", format)))
                    .isEqualTo(new FeedRef(new PageRef.TagArchive("café", 1), format));
        }
    }

    @Test
    void pathsThatOnlyLookLikeFeedsAreNone() {
        for (String path : List.of("/feed/xml/", "/feed/rss/", "/2026/feed/", "/page/2/feed/", "/tag/feed/",
                "/category/feed/", "/author/x/y/feed/", "/about-us/feed/", "/feed/atom/extra/")) {
            assertThat(links.resolveFeed(RequestPaths.segments(path))).as(path).isEmpty();
        }
    }

    @Test
    void feedsAreNotMistakenForArticlesOrPages() {
        assertThat(Permalinks.RESERVED).contains("feed");
        assertThat(links.resolve(List.of("feed"))).isEmpty();
    }
}
