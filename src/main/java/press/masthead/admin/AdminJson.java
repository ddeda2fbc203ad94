package press.masthead.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Admin API's JSON in and out: times as ISO-8601 strings, unknown fields refused with their name. */
public final class AdminJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AdminJson() {
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the answer as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void send(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    /** Reads the request body as {@code type}; a body that is not that JSON is a 400 naming the field at fault. */
    public static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new AdminException.Invalid(null, "Send the body as JSON with 'Content-Type: application/json'.");
        }
        try {
            T value = MAPPER.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw new AdminException.Invalid(null, "The body is empty; send a JSON object.");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new AdminException.Invalid(e.getPropertyName(), "'" + e.getPropertyName() + "' is not a field here.");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new AdminException.Invalid(field, "The body is not valid here"
                    + (field == null ? "" : " at '" + field + "'") + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new AdminException.Invalid(null, "The body is not valid JSON: " + e.getMessage());
        }
    }

    /** The error shape every Admin API refusal has. */
    static Map<String, Object> error(String code, String message, String field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("field", field);
        return Map.of("error", error);
    }
}
