package press.masthead.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** A demo text file: {@code key: value} header lines, a line {@code ---}, then the Markdown body. */
record DemoFile(String name, Map<String, String> header, String body) {

    static DemoFile parse(String name, String text) {
        String normalized = text.replace("\r\n", "\n");
        int separator = normalized.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalStateException("Demo file " + name + " has no '---' line between its header and its body");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : normalized.substring(0, separator).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("Demo file " + name + " has a header line without 'key: value': " + line);
            }
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return new DemoFile(name, header, normalized.substring(separator + 5));
    }

    String required(String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("Demo file " + name + " has no '" + key + "' line");
        }
        return value;
    }

    String optional(String key) {
        return header.getOrDefault(key, "");
    }
}
