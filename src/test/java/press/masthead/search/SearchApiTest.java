package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.testing.Backend;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** The search as JSON at /api/v1/search, with the same words, filters and pages as the search page. */
@OnBothDatabases
class SearchApiTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, Newsroom::seed);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualTo("application/json;charset=utf-8");
        return JSON.readTree(response.body());
    }

    @Test
    void answersTheQueryTheCountsAndEachResultWithItsFields() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/search?q=council&tag=waterfront");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        JsonNode body = json(response);
        assertThat(body.get("query").asText()).isEqualTo("council");
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("pageCount").asInt()).isEqualTo(1);
        JsonNode lead = body.get("results").get(0);
        assertThat(lead.get("url").asText()).isEqualTo(site.url(SearchPageTest.LEAD));
        assertThat(lead.get("headline").asText()).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(lead.get("standfirst").asText()).startsWith("Councillors back the eastern extension");
        assertThat(lead.get("published").asText()).isEqualTo("2026-10-15T08:30:00Z");
        assertThat(lead.get("snippet").asText()).contains("<mark>council</mark>");
        assertThat(lead.get("category").asText()).isEqualTo("Transport");
        assertThat(lead.get("tags")).extracting(JsonNode::asText).containsExactly("Waterfront", "Budget");
        assertThat(lead.get("authors")).extracting(JsonNode::asText).containsExactly("Ada Reporter", "Ben Editor");
    }

    @Test
    void pagesThroughManyResults() throws Exception {
        JsonNode third = json(site.get("/api/v1/search?q=budget&sort=date&page=3"));
        assertThat(third.get("total").asInt()).isEqualTo(25);
        assertThat(third.get("pageCount").asInt()).isEqualTo(3);
        assertThat(third.get("results")).hasSize(5);
        assertThat(json(site.get("/api/v1/search?q=budget&page=9")).get("results")).isEmpty();
    }

    @Test
    void noWordsFindNothing() throws Exception {
        JsonNode body = json(site.get("/api/v1/search?q="));
        assertThat(body.get("total").asInt()).isZero();
        assertThat(body.get("results")).isEmpty();
    }

    @Test
    void aBadParameterIsA400WithAMessageNamingIt() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/search?q=budget&page=abc");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.get("parameter").asText()).isEqualTo("page");
        assertThat(error.get("message").asText()).contains("page").contains("'abc'");
        HttpResponse<String> year = site.get("/api/v1/search?q=budget&year=last");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(json(year).get("parameter").asText()).isEqualTo("year");
    }
}
