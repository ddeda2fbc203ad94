package press.masthead.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** Reads and writes the Admin API's JSON in tests, failing with the body when it is not JSON. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static JsonNode of(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON (status " + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** A JSON text from alternating names and values: {@code Json.object("name", "Ada", "admin", true)}. */
    public static String object(Object... namesAndValues) {
        var node = MAPPER.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        return node.toString();
    }
}
