package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.testing.Backend;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@Tag("smoke")
@OnBothDatabases
class ArticlePageTest {
    @Parameter
    Backend backend;

    static final String LEAD = "/2026/10/15/tram-line-extension-approved-after-marathon-session/";
    static TestSite site;
    static Document page;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, Newsroom::seed);
        page = site.page(LEAD);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void showsHeadlineStandfirstAndCategoryKicker() {
        Element article = page.selectFirst("main article");
        assertThat(article).isNotNull();
        assertThat(article.select("h1").text()).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(article.text()).contains("Councillors back the eastern extension, ending two decades of debate.");
        assertThat(article.select("a[href=/category/news/transport/]")).isNotEmpty();
    }

    @Test
    void bylineLinksEveryAuthorToTheirArchive() {
        assertThat(page.select("main article a[href=/author/ada-reporter/]").text()).contains("Ada Reporter");
        assertThat(page.select("main article a[href=/author/ben-editor/]").text()).contains("Ben Editor");
    }

    @Test
    void publishedAndUpdatedTimesAreMachineReadable() {
        assertThat(page.select("main article time[datetime=2026-10-15T08:30:00Z]")).isNotEmpty();
        assertThat(page.select("main article time[datetime=2026-10-16T12:00:00Z]")).isNotEmpty();
        assertThat(page.select("main article time").eachText()).anySatisfy(t -> assertThat(t).contains("15 October 2026"));
    }

    @Test
    void featuredImageIsAFigureWithAltTextAndCaption() {
        Element image = page.selectFirst("main article img[src=/media/tram-hero.jpg]");
        assertThat(image).isNotNull();
        assertThat(image.attr("alt")).isEqualTo("A blue tram crossing the harbour bridge");
        Element figure = image.closest("figure");
        assertThat(figure).isNotNull();
        assertThat(figure.select("figcaption").text()).contains("The harbour bridge at dusk.");
    }

    @Test
    void bodyKeepsHeadingsWithIdsFiguresQuotationsAndTables() {
        Element heading = page.selectFirst("main article h2:containsOwn(What happens next)");
        assertThat(heading).isNotNull();
        assertThat(heading.id()).isEqualTo("what-happens-next");
        assertThat(page.selectFirst("main article h3:containsOwn(Costs)")).isNotNull();

        Element bodyImage = page.selectFirst("main article figure img[src=/media/tram.jpg]");
        assertThat(bodyImage).isNotNull();
        assertThat(bodyImage.attr("alt")).isEqualTo("A tram at the harbour stop");
        assertThat(bodyImage.closest("figure").select("figcaption").text())
                .isEqualTo("The line will reach the harbour by 2028.");

        Element quote = page.selectFirst("main article figure blockquote");
        assertThat(quote).isNotNull();
        assertThat(quote.text()).contains("We have waited twenty years for this line.");
        assertThat(quote.parent().select("figcaption").text()).contains("Ines Duarte, Harbour residents' association");

        assertThat(page.select("main article table td").eachText()).contains("One", "40m");
    }

    @Test
    void tagsAndCategoriesLinkToTheirArchives() {
        assertThat(page.select("main article a[href=/tag/waterfront/]").text()).contains("Waterfront");
        assertThat(page.select("main article a[href=/tag/budget/]").text()).contains("Budget");
        assertThat(page.select("main article a[href=/category/news/]").text()).contains("News");
    }

    @Test
    void shareLinksArePlainLinksForEveryNetworkWithNoThirdPartyScript() {
        String absolute = site.url(LEAD);
        String encoded = URLEncoder.encode(absolute, StandardCharsets.UTF_8);
        assertThat(page.select("a[href^=https://x.com/intent/post][href*=" + encoded + "]")).isNotEmpty();
        assertThat(page.select("a[href^=https://www.facebook.com/sharer/sharer.php?u=" + encoded + "]")).isNotEmpty();
        assertThat(page.select("a[href^=https://www.linkedin.com/sharing/share-offsite/?url=" + encoded + "]")).isNotEmpty();
        assertThat(page.select("a[href^=https://www.reddit.com/submit?url=" + encoded + "]")).isNotEmpty();
        assertThat(page.select("a[href^=https://wa.me/?text=]")).isNotEmpty();
        assertThat(page.select("a[href^=https://t.me/share/url?url=" + encoded + "]")).isNotEmpty();
        assertThat(page.select("a[href^=https://bsky.app/intent/compose?text=]")).isNotEmpty();
        assertThat(page.select("a[href^=mailto:?subject=]")).isNotEmpty();
        assertThat(page.select("a[href=" + absolute + "]")).as("copy link").isNotEmpty();
        for (Element script : page.select("script[src]")) {
            assertThat(script.attr("src")).startsWith("/");
        }
    }

    @Test
    void relatedArticlesShareTagsOrTheCategory() {
        assertThat(page.select("a[href^=/2026/09/]").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("Budget story number"));
    }

    @Test
    void pageHeadHasLanguageCanonicalAndDescription() {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(site.url(LEAD));
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Councillors back");
        assertThat(page.title()).isEqualTo(Newsroom.LEAD_HEADLINE + " — The Test Gazette");
    }

    @Test
    void rightToLeftArticleSetsLangAndDirOnThePage() {
        String slug = "شورای-شهر-بودجهٔ-تازه-را-تصویب-کرد";
        Document persian = site.page("/2026/10/10/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/");
        assertThat(persian.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(persian.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(persian.select("h1").text()).isEqualTo(Newsroom.PERSIAN_HEADLINE);
    }

    @Test
    void footerCarriesCopyrightAndSocialProfiles() {
        Element footer = page.selectFirst("body > footer");
        assertThat(footer).isNotNull();
        assertThat(footer.text()).containsPattern("© 20\\d\\d The Test Gazette");
        assertThat(footer.select("a[href=https://example.com/@gazette]")).isNotEmpty();
        assertThat(footer.select("a[href=/about-us/]")).isNotEmpty();
    }

    @Test
    void pageIsAccessibleWithLandmarksAndASkipLink() {
        assertThat(page.select("body > header")).isNotEmpty();
        assertThat(page.select("nav")).isNotEmpty();
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("a[href=#main]")).isNotEmpty();
        assertThat(page.select("img:not([alt])")).isEmpty();
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        for (Element resource : page.select("script[src], link[rel=stylesheet], link[rel=icon], img[src]")) {
            String address = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
            assertThat(address).as(resource.outerHtml()).startsWith("/");
        }
    }
}
