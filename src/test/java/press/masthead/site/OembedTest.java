package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

class OembedTest {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(Newsroom::seed);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<String> oembed(String query) {
        return site.get("/oembed?" + query);
    }

    @Test
    void articlePagesAnnounceTheirOembedEndpoint() {
        Document page = site.page(ArticlePageTest.LEAD);
        String discovery = page.select("link[rel=alternate][type=application/json+oembed]").attr("href");
        assertThat(discovery).startsWith("/oembed?url=" + URLEncoder.encode(site.url(ArticlePageTest.LEAD), StandardCharsets.UTF_8));
        assertThat(site.get(discovery).statusCode()).isEqualTo(200);
    }

    @Test
    void anArticleUrlGivesARichCardWithoutScripts() throws Exception {
        HttpResponse<String> response = oembed("url=" + URLEncoder.encode(site.url(ArticlePageTest.LEAD), StandardCharsets.UTF_8)
                + "&format=json&maxwidth=400");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode card = new ObjectMapper().readTree(response.body());
        assertThat(card.get("version").asText()).isEqualTo("1.0");
        assertThat(card.get("type").asText()).isEqualTo("rich");
        assertThat(card.get("title").asText()).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(card.get("provider_name").asText()).isEqualTo("The Test Gazette");
        assertThat(card.get("author_name").asText()).isEqualTo("Ada Reporter, Ben Editor");
        assertThat(card.get("width").asInt()).isEqualTo(400);
        assertThat(card.get("height").asInt()).isPositive();
        assertThat(card.get("thumbnail_url").asText()).isEqualTo(site.url("/media/tram-hero.jpg"));
        Document html = Jsoup.parseBodyFragment(card.get("html").asText());
        assertThat(html.select("blockquote a").first().attr("href")).isEqualTo(site.url(ArticlePageTest.LEAD));
        assertThat(html.select("script, iframe")).isEmpty();
    }

    @Test
    void badRequestsAnswerWithAClearJsonError() throws Exception {
        assertThat(oembed("format=json").statusCode()).isEqualTo(400);
        assertThat(oembed("url=x&format=xml").statusCode()).isEqualTo(501);
        HttpResponse<String> width = oembed("url=" + URLEncoder.encode(site.url("/"), StandardCharsets.UTF_8) + "&maxwidth=wide");
        assertThat(width.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(width.body()).get("error").asText()).contains("maxwidth");
        HttpResponse<String> elsewhere = oembed("url=" + URLEncoder.encode("https://elsewhere.example" + ArticlePageTest.LEAD,
                StandardCharsets.UTF_8));
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(oembed("url=" + URLEncoder.encode(site.url("/tag/budget/"), StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(404);
    }
}
