package press.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import press.masthead.testing.TestSite;

/**
 * Reads a test site's feeds as a feed reader would: each must answer 200 with its media type, Atom must pass
 * RFC 4287's grammar and JSON Feed its schema before a test looks inside.
 */
final class FeedClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestSite site;

    FeedClient(TestSite site) {
        this.site = site;
    }

    String fetch(String path, String mediaType) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as("GET " + path)
                .hasValue(mediaType + "; charset=utf-8");
        return response.body();
    }

    Xml rss(String path) {
        return Xml.parse(fetch(path, "application/rss+xml"));
    }

    Xml atom(String path) {
        String text = fetch(path, "application/atom+xml");
        assertThat(AtomSchema.errorsIn(text)).as(path + " against RFC 4287's grammar").isEmpty();
        return Xml.parse(text);
    }

    JsonNode json(String path) {
        String text = fetch(path, "application/feed+json");
        assertThat(JsonFeedSchema.errorsIn(text)).as(path + " against the JSON Feed schema").isEmpty();
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field of every object in a JSON array, as text. */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }
}
