package press.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.SiteSettings;
import press.masthead.content.Slugs;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * The feeds of the test newsroom, read back from the real server and checked element by element. The site runs
 * in Tehran's time zone (+03:30 all year) so that every date must carry the site's offset.
 */
@Tag("smoke")
@OnBothDatabases
class FeedsTest {
    @Parameter
    Backend backend;

    static final String SPECIAL_HEADLINE = "Café & \"Bar\" <Live> 🎉";
    static final String SPECIAL_STANDFIRST = "Tables & <chairs> outside, \"all night\" 🎉";
    static final byte[] HERO_IMAGE = new byte[4321];
    static final String[] FORMATS = {"feed/", "feed/atom/", "feed/json/"};

    static TestSite site;
    static FeedClient feeds;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            app.mediaStorage().store("tram-hero.jpg", new ByteArrayInputStream(HERO_IMAGE), HERO_IMAGE.length);
            Newsroom.seed(app);
            inTehran(app);
            Author dana = app.authors().create("Dana Critic", "", "", List.of());
            long nightlife = app.taxonomies().tag("Nightlife").id();
            app.taxonomies().tag("Not Yet Used");
            Instant published = Instant.parse("2026-09-30T20:00:00Z");
            app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(Drafts.article(SPECIAL_HEADLINE)
                    .standfirst(SPECIAL_STANDFIRST)
                    .body("Read [the programme](/about-us/) and [the costs](#costs).\n\n![Poster](poster.webp)\n\n"
                            + "## Costs\n\nFree.")
                    .by(dana.id()).tagged(nightlife)
                    .image("https://images.example.org/cafe-bar.png", "The bar at night", "")
                    .publishedAt(published).build());
        });
        feeds = new FeedClient(site);
    }

    private static void inTehran(MastheadApp app) {
        SiteSettings s = app.siteSettings().load();
        app.siteSettings().save(new SiteSettings(s.title(), s.tagline(), s.baseUrl(), s.language(),
                ZoneId.of("Asia/Tehran"), s.dateFormat(), s.copyright(), s.socialProfiles(), s.articlesPerPage(),
                s.articleUrlPattern(), s.discourageIndexing(), s.feedFullContent(), s.titlePattern()));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    static Article article(String headline) {
        return site.app().articleStore().findBySlug(Slugs.from(headline, "article")).orElseThrow();
    }

    static String urlOf(Article article) {
        return site.url(site.app().renderer().permalinks().article(article));
    }

    static String idOf(Article article) {
        return "tag:127.0.0.1," + article.createdAt().toString().substring(0, 10) + ":article-" + article.id();
    }

    @Test
    void rssChannelNamesTheSiteAndPointsAtItself() {
        Xml channel = feeds.rss("/feed/").node("/rss[@version='2.0']/channel");

        assertThat(channel.text("title")).isEqualTo("The Test Gazette");
        assertThat(channel.text("link")).isEqualTo(site.url("/"));
        assertThat(channel.text("description")).isEqualTo("All the news that fits");
        assertThat(channel.text("language")).isEqualTo("en");
        assertThat(channel.text("generator")).isEqualTo("Masthead");
        assertThat(channel.text("atom:link[@rel='self']/@href")).isEqualTo(site.url("/feed/"));
        assertThat(channel.text("atom:link[@rel='self']/@type")).isEqualTo("application/rss+xml");
        // The lead was last changed on 16 October at 12:00 UTC: 15:30 in Tehran.
        assertThat(channel.text("lastBuildDate")).isEqualTo("Fri, 16 Oct 2026 15:30:00 +0330");
    }

    @Test
    void rssItemCarriesTheLeadArticleElementByElement() {
        Article lead = article(Newsroom.LEAD_HEADLINE);
        Xml item = feeds.rss("/feed/").nodes("/rss/channel/item").get(0);

        assertThat(item.text("title")).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(item.text("link")).isEqualTo(urlOf(lead));
        assertThat(item.text("guid")).isEqualTo(idOf(lead)).startsWith("tag:127.0.0.1,2026-10-16:article-");
        assertThat(item.text("guid/@isPermaLink")).isEqualTo("false");
        assertThat(item.text("pubDate")).isEqualTo("Thu, 15 Oct 2026 12:00:00 +0330");
        assertThat(item.texts("dc:creator")).containsExactly("Ada Reporter", "Ben Editor");
        assertThat(item.texts("category")).containsExactly("Transport", "News", "Waterfront", "Budget");
        assertThat(Parser.unescapeEntities(item.text("description"), false)).isEqualTo(lead.excerpt());
        assertThat(item.text("content:encoded"))
                .contains("<h2 id=\"what-happens-next\">What happens next</h2>")
                .contains("src=\"" + site.url("/media/tram.jpg") + "\"");
        assertThat(item.text("enclosure/@url")).isEqualTo(site.url("/media/tram-hero.jpg"));
        assertThat(item.text("enclosure/@type")).isEqualTo("image/jpeg");
        assertThat(item.text("enclosure/@length")).isEqualTo(Integer.toString(HERO_IMAGE.length));
        assertThat(item.text("media:content/@url")).isEqualTo(site.url("/media/tram-hero.jpg"));
        assertThat(item.text("media:content/@medium")).isEqualTo("image");
        assertThat(item.text("media:content/@fileSize")).isEqualTo(Integer.toString(HERO_IMAGE.length));
        assertThat(item.text("media:content/media:description"))
                .isEqualTo("A blue tram crossing the harbour bridge");
    }

    @Test
    void rssHasEveryElementTheSpecificationRequires() {
        for (String path : List.of("/feed/", "/tag/budget/feed/", "/category/news/transport/feed/",
                "/author/dana-critic/feed/")) {
            Xml channel = feeds.rss(path).node("/rss/channel");
            assertThat(channel.text("title")).as(path).isNotBlank();
            assertThat(channel.text("link")).as(path).isNotBlank();
            assertThat(channel.text("description")).as(path).isNotBlank();
            for (Xml item : channel.nodes("item")) {
                assertThat(item.text("title") + item.text("description")).as(path).isNotBlank();
            }
        }
    }

    @Test
    void everyFeedHoldsTheTwentyNewestArticlesNewestFirst() {
        List<String> newest = List.of(Newsroom.LEAD_HEADLINE, Newsroom.PERSIAN_HEADLINE, SPECIAL_HEADLINE,
                "Budget story number 23");

        List<String> rssTitles = feeds.rss("/feed/").texts("/rss/channel/item/title");
        List<String> atomTitles = feeds.atom("/feed/atom/").texts("/atom:feed/atom:entry/atom:title");
        List<String> jsonTitles = FeedClient.texts(feeds.json("/feed/json/").path("items"), "title");

        for (List<String> titles : List.of(rssTitles, atomTitles, jsonTitles)) {
            assertThat(titles).hasSize(FeedRenderer.ENTRIES).startsWith(newest.toArray(String[]::new))
                    .doesNotContain("Secret draft about the mayor", "Budget story number 6");
        }
    }

    @Test
    void atomFeedAndEntryCarryTheLeadArticleElementByElement() {
        Article lead = article(Newsroom.LEAD_HEADLINE);
        Xml feed = feeds.atom("/feed/atom/").node("/atom:feed");

        assertThat(feed.text("@xml:lang")).isEqualTo("en");
        assertThat(feed.text("atom:title")).isEqualTo("The Test Gazette");
        assertThat(feed.text("atom:subtitle")).isEqualTo("All the news that fits");
        assertThat(feed.text("atom:link[@rel='alternate']/@href")).isEqualTo(site.url("/"));
        assertThat(feed.text("atom:link[@rel='self']/@href")).isEqualTo(site.url("/feed/atom/"));
        assertThat(feed.text("atom:updated")).isEqualTo("2026-10-16T15:30:00+03:30");
        assertThat(feed.text("atom:generator")).isEqualTo("Masthead");

        Xml entry = feed.nodes("atom:entry").get(0);
        assertThat(entry.text("atom:id")).isEqualTo(idOf(lead));
        assertThat(entry.text("atom:title")).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(entry.text("atom:link[@rel='alternate']/@href")).isEqualTo(urlOf(lead));
        assertThat(entry.text("atom:published")).isEqualTo("2026-10-15T12:00:00+03:30");
        assertThat(entry.text("atom:updated")).isEqualTo("2026-10-16T15:30:00+03:30");
        assertThat(entry.texts("atom:author/atom:name")).containsExactly("Ada Reporter", "Ben Editor");
        assertThat(entry.texts("atom:author/atom:uri"))
                .containsExactly(site.url("/author/ada-reporter/"), site.url("/author/ben-editor/"));
        assertThat(entry.texts("atom:category/@term")).containsExactly("Transport", "News", "Waterfront", "Budget");
        assertThat(entry.text("atom:summary")).isEqualTo(lead.excerpt());
        assertThat(entry.text("atom:content/@type")).isEqualTo("html");
        assertThat(entry.text("atom:content")).contains("src=\"" + site.url("/media/tram.jpg") + "\"");
        assertThat(entry.text("atom:link[@rel='enclosure']/@href")).isEqualTo(site.url("/media/tram-hero.jpg"));
        assertThat(entry.text("atom:link[@rel='enclosure']/@length")).isEqualTo(Integer.toString(HERO_IMAGE.length));
        assertThat(entry.text("media:content/@url")).isEqualTo(site.url("/media/tram-hero.jpg"));
    }

    @Test
    void jsonFeedAndItemCarryTheLeadArticleFieldByField() {
        Article lead = article(Newsroom.LEAD_HEADLINE);
        JsonNode feed = feeds.json("/feed/json/");

        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("The Test Gazette");
        assertThat(feed.path("home_page_url").asText()).isEqualTo(site.url("/"));
        assertThat(feed.path("feed_url").asText()).isEqualTo(site.url("/feed/json/"));
        assertThat(feed.path("description").asText()).isEqualTo("All the news that fits");
        assertThat(feed.path("language").asText()).isEqualTo("en");

        JsonNode item = feed.path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(idOf(lead));
        assertThat(item.path("url").asText()).isEqualTo(urlOf(lead));
        assertThat(item.path("title").asText()).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(item.path("summary").asText()).isEqualTo(lead.excerpt());
        assertThat(item.path("content_html").asText()).contains("src=\"" + site.url("/media/tram.jpg") + "\"");
        assertThat(item.has("content_text")).isFalse();
        assertThat(item.path("image").asText()).isEqualTo(site.url("/media/tram-hero.jpg"));
        assertThat(item.path("date_published").asText()).isEqualTo("2026-10-15T12:00:00+03:30");
        assertThat(item.path("date_modified").asText()).isEqualTo("2026-10-16T15:30:00+03:30");
        assertThat(FeedClient.texts(item.path("authors"), "name")).containsExactly("Ada Reporter", "Ben Editor");
        assertThat(FeedClient.texts(item.path("authors"), "url"))
                .containsExactly(site.url("/author/ada-reporter/"), site.url("/author/ben-editor/"));
        assertThat(item.path("tags")).extracting(JsonNode::asText)
                .containsExactly("Transport", "News", "Waterfront", "Budget");
    }

    @Test
    void headlinesWithMarkupCharactersEmojiAndPersianRoundTripThroughEveryFormat() {
        List<String> expected = List.of(Newsroom.PERSIAN_HEADLINE, SPECIAL_HEADLINE);

        Xml rss = feeds.rss("/feed/");
        Xml atom = feeds.atom("/feed/atom/");
        JsonNode json = feeds.json("/feed/json/");

        assertThat(rss.texts("/rss/channel/item/title").subList(1, 3)).isEqualTo(expected);
        assertThat(atom.texts("/atom:feed/atom:entry/atom:title").subList(1, 3)).isEqualTo(expected);
        assertThat(FeedClient.texts(json.path("items"), "title").subList(1, 3)).isEqualTo(expected);
        Xml special = rss.nodes("/rss/channel/item").get(2);
        assertThat(Parser.unescapeEntities(special.text("description"), false)).isEqualTo(SPECIAL_STANDFIRST);
        assertThat(atom.nodes("/atom:feed/atom:entry").get(2).text("atom:summary")).isEqualTo(SPECIAL_STANDFIRST);
        assertThat(json.path("items").get(2).path("summary").asText()).isEqualTo(SPECIAL_STANDFIRST);
    }

    @Test
    void anArticleInAnotherLanguageSaysSoInEveryFormat() {
        assertThat(feeds.rss("/feed/").nodes("/rss/channel/item").get(1).text("dc:language")).isEqualTo("fa");
        assertThat(feeds.atom("/feed/atom/").nodes("/atom:feed/atom:entry").get(1).text("@xml:lang")).isEqualTo("fa");
        assertThat(feeds.json("/feed/json/").path("items").get(1).path("language").asText()).isEqualTo("fa");
        assertThat(feeds.json("/feed/json/").path("items").get(0).has("language")).isFalse();
    }

    @Test
    void relativeUrlsInTheBodyBecomeAbsolute() {
        String articleUrl = urlOf(article(SPECIAL_HEADLINE));
        String html = feeds.json("/feed/json/").path("items").get(2).path("content_html").asText();

        Document body = Jsoup.parseBodyFragment(html);
        assertThat(body.select("a").eachAttr("href"))
                .containsExactly(site.url("/about-us/"), articleUrl + "#costs");
        assertThat(body.select("img").attr("src")).isEqualTo(articleUrl + "poster.webp");
    }

    @Test
    void anImageFromElsewhereIsAnEnclosureOfUnknownLength() {
        Xml item = feeds.rss("/feed/").nodes("/rss/channel/item").get(2);

        assertThat(item.text("enclosure/@url")).isEqualTo("https://images.example.org/cafe-bar.png");
        assertThat(item.text("enclosure/@type")).isEqualTo("image/png");
        assertThat(item.text("enclosure/@length")).isEqualTo("0");
        assertThat(item.nodes("media:content/@fileSize")).isEmpty();
    }

    @Test
    void archiveFeedsHoldOnlyTheirOwnArticles() {
        String lead = Newsroom.LEAD_HEADLINE;
        String persian = Newsroom.PERSIAN_HEADLINE;

        assertThat(feeds.rss("/tag/waterfront/feed/").texts("//item/title")).containsExactly(lead);
        assertThat(feeds.atom("/category/news/transport/feed/atom/").texts("//atom:entry/atom:title"))
                .containsExactly(lead);
        assertThat(FeedClient.texts(feeds.json("/category/news/feed/json/").path("items"), "title"))
                .containsExactly(lead, persian);
        assertThat(feeds.atom("/author/ada-reporter/feed/atom/").texts("//atom:entry/atom:title"))
                .containsExactly(lead, persian);
        assertThat(FeedClient.texts(feeds.json("/author/dana-critic/feed/json/").path("items"), "title"))
                .containsExactly(SPECIAL_HEADLINE);
        assertThat(feeds.rss("/tag/budget/feed/").texts("//item/title")).hasSize(FeedRenderer.ENTRIES)
                .doesNotContain(SPECIAL_HEADLINE);
    }

    @Test
    void archiveFeedsNameTheirListAndPointAtIt() {
        Xml channel = feeds.rss("/tag/waterfront/feed/").node("/rss/channel");
        assertThat(channel.text("title")).isEqualTo("Waterfront — The Test Gazette");
        assertThat(channel.text("link")).isEqualTo(site.url("/tag/waterfront/"));
        assertThat(channel.text("description")).isEqualTo("Articles tagged Waterfront");
        assertThat(channel.text("atom:link[@rel='self']/@href")).isEqualTo(site.url("/tag/waterfront/feed/"));

        JsonNode category = feeds.json("/category/news/transport/feed/json/");
        assertThat(category.path("title").asText()).isEqualTo("Transport — The Test Gazette");
        assertThat(category.path("home_page_url").asText()).isEqualTo(site.url("/category/news/transport/"));
        assertThat(category.path("description").asText()).isEqualTo("Trams, buses and ferries");
    }

    @Test
    void aFeedOfSomethingThatDoesNotExistIsTheThemedNotFoundPage() {
        for (String path : List.of("/tag/no-such-tag/feed/", "/author/nobody/feed/json/",
                "/category/nowhere/feed/atom/", "/feed/xml/", "/category/news/feed/rss/")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("body > header").text()).as(path)
                    .contains("The Test Gazette");
        }
    }

    @Test
    void aTagWithNoArticlesYetHasAValidEmptyFeedInEveryFormat() {
        assertThat(feeds.rss("/tag/not-yet-used/feed/").nodes("//item")).isEmpty();
        assertThat(feeds.atom("/tag/not-yet-used/feed/atom/").nodes("//atom:entry")).isEmpty();
        assertThat(feeds.json("/tag/not-yet-used/feed/json/").path("items").isArray()).isTrue();
    }

    @Test
    void feedRoutesWinOverTheSiteCatchAll() {
        // Without the feed route first, the site would look for a category called "feed" below "news".
        assertThat(feeds.rss("/category/news/feed/").text("/rss/channel/title")).isEqualTo("News — The Test Gazette");
        HttpResponse<String> unslashed = site.get("/feed/atom");
        assertThat(unslashed.statusCode()).isEqualTo(301);
        assertThat(unslashed.headers().firstValue("Location")).hasValue("/feed/atom/");
    }

    @Test
    void aCategoryFeedBelowTheWrongParentRedirectsToItsOwnPath() {
        HttpResponse<String> response = site.get("/category/transport/feed/json/");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/category/news/transport/feed/json/");
    }

    @Test
    void aReaderThatHasTheFeedAlreadyIsToldItIsNotModified() {
        for (String format : FORMATS) {
            String path = "/" + format;
            HttpResponse<String> first = site.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(lastModified).isEqualTo("Fri, 16 Oct 2026 12:00:00 GMT");

            HttpResponse<String> byTag = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("If-None-Match", etag));
            HttpResponse<String> byDate = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("If-Modified-Since", lastModified));
            HttpResponse<String> stale = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("If-None-Match", "\"something-else\""));

            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).as(path).isEmpty();
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);
            assertThat(stale.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void pagesAnnounceTheSiteFeedsAndArchivesTheirOwnToo() {
        List<String> siteFeeds = List.of(site.url("/feed/"), site.url("/feed/atom/"), site.url("/feed/json/"));
        List<String> tagFeeds = List.of(site.url("/tag/waterfront/feed/"), site.url("/tag/waterfront/feed/atom/"),
                site.url("/tag/waterfront/feed/json/"));

        Document home = site.page("/");
        Document article = site.page(site.app().renderer().permalinks().article(article(Newsroom.LEAD_HEADLINE)));
        Document tag = site.page("/tag/waterfront/");
        Document month = site.page("/2026/10/");

        assertThat(alternates(home)).containsExactlyElementsOf(siteFeeds);
        assertThat(alternates(article)).containsExactlyElementsOf(siteFeeds);
        assertThat(alternates(month)).containsExactlyElementsOf(siteFeeds);
        List<String> both = new ArrayList<>(siteFeeds);
        both.addAll(tagFeeds);
        assertThat(alternates(tag)).containsExactlyElementsOf(both);
        assertThat(home.select("link[rel=alternate]").eachAttr("type"))
                .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");
        assertThat(tag.select("link[rel=alternate]").get(3).attr("title"))
                .isEqualTo("Waterfront — The Test Gazette (RSS)");
        assertThat(home.select("footer a[type=application/rss+xml]").attr("href")).isEqualTo(site.url("/feed/"));
        for (Element link : tag.select("link[rel=alternate]")) {
            assertThat(site.get(link.attr("href").substring(site.url("").length())).headers()
                    .firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith(link.attr("type")));
        }
    }

    private static List<String> alternates(Document page) {
        return page.select("head link[rel=alternate]:not([type=application/json+oembed])").eachAttr("href");
    }
}
