package press.masthead.seo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes JSON-LD for a {@code <script type="application/ld+json">} element. {@code <}, {@code >} and {@code &} are
 * written as Unicode escapes, so no headline, however written, can close the script element or open a comment.
 *
 * <p>The document is built as a Jackson tree and written with Jackson's streaming generator, not its object mapper:
 * the mapper loads some 400 classes, a quarter of a second that every start would spend before its first page.
 */
final class JsonLd {
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private JsonLd() {
    }

    static ObjectNode node(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@type", type);
        return node;
    }

    static ObjectNode document() {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("@context", "https://schema.org");
        return document;
    }

    static String write(JsonNode document) {
        StringWriter text = new StringWriter();
        // Not document.serialize(generator, null): a tree serializes itself only with the mapper's provider.
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            write(document, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("A string writer does not fail", e);
        }
        return text.toString();
    }

    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    generator.writeNumber(node.bigIntegerValue());
                } else {
                    generator.writeNumber(node.decimalValue());
                }
            }
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("JSON-LD has no " + node.getNodeType() + " values");
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '<' || ch == '>' || ch == '&') {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
