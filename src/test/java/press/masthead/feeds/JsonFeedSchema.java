package press.masthead.feeds;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The JSON Feed 1.1 JSON Schema (draft-07), with formats such as uri and date-time checked, not just noted. */
final class JsonFeedSchema {
    private static final Schema SCHEMA = load();

    private JsonFeedSchema() {
    }

    static List<String> errorsIn(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream schema = Files.newInputStream(FeedFixtures.file("schemas/jsonfeed/schema-v1.1.json"))) {
            return registry.getSchema(schema, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
