package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
class RoutingTest {
    @Parameter
    Backend backend;

    static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, Newsroom::seed);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void unknownPathAnswersTheThemedNotFoundPage() {
        HttpResponse<String> response = site.get("/no/such/place/");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("body > header").text()).contains("The Test Gazette");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.select("a[href=/]")).isNotEmpty();
    }

    @Test
    void pathWithoutTrailingSlashRedirectsToTheSlashedOneKeepingTheQuery() {
        HttpResponse<String> response = site.get("/about-us?ref=mail");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/about-us/?ref=mail");
    }

    @Test
    void fileLikePathThatDoesNotExistIsNotFound() {
        assertThat(site.get("/wp-login.php").statusCode()).isEqualTo(404);
    }

    @Test
    void malformedPercentEncodingIsABadRequestWithAClearMessage() {
        TestSite.RawResponse truncated = site.rawGet("/tag/%E0%A4%A/");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.text()).contains("percent-encoding").doesNotContain("Exception");
        TestSite.RawResponse notUtf8 = site.rawGet("/tag/%FF%FE/");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.text()).contains("percent-encoding");
    }

    @Test
    void articleUnderAWrongDateRedirectsToItsCanonicalUrl() {
        HttpResponse<String> response = site.get("/2026/01/01/tram-line-extension-approved-after-marathon-session/");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(ArticlePageTest.LEAD);
    }

    @Test
    void draftsAreNeverPublic() {
        assertThat(site.get("/secret-draft-about-the-mayor/").statusCode()).isEqualTo(404);
        assertThat(site.page("/").text()).doesNotContain("Secret draft");
    }

    @Test
    void unicodeSlugIsServedPercentEncodedAndLinkedThatWay() {
        Document home = site.page("/");
        String persianLink = home.select("a:containsOwn(" + Newsroom.PERSIAN_HEADLINE + ")").attr("href");
        assertThat(persianLink).startsWith("/2026/10/10/%D8%B4%D9%88%D8%B1%D8%A7%DB%8C-");
        assertThat(site.get(persianLink).statusCode()).isEqualTo(200);
    }

    @Test
    void conditionalGetAnswersNotModified() {
        HttpResponse<String> first = site.get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void gzipIsServedWhenAskedWithItsOwnValidator() {
        HttpResponse<byte[]> plain = site.getBytes("/");
        HttpResponse<String> zipped = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .header("Accept-Encoding", "gzip"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
    }

    @Test
    void publicPagesCarrySecurityHeaders() {
        HttpResponse<String> response = site.get("/");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void themeAssetsAreServed() {
        HttpResponse<String> css = site.get("/assets/masthead.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(site.get("/assets/../masthead.properties").statusCode()).isIn(400, 404);
        assertThat(site.get("/assets/nothing.css").statusCode()).isEqualTo(404);
    }

    @Test
    void healthCheckReportsTheDatabase() {
        HttpResponse<String> response = site.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\":\"up\"");
    }

    @Test
    void headRequestsAnswerWithoutABody() {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("/")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }
}
