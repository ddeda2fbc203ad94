package press.masthead.importer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shortcode as written in content: {@code [name attr="value" positional]} with the text up to its closing
 * {@code [/name]}, if it has one. Attributes follow WordPress's forms: double, single or no quotes, or a bare
 * value without a name (positional, numbered from 0).
 */
record Shortcode(String name, Map<String, String> attributes, List<String> positional, String content) {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)"
                    + "|\"([^\"]*)\"|'([^']*)'|(\\S+)");

    static Shortcode of(String name, String attributeText, String content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(attributeText.replace('\u00a0', ' '));
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                attributes.put(matcher.group(1).toLowerCase(java.util.Locale.ROOT), matcher.group(2));
            } else if (matcher.group(3) != null) {
                attributes.put(matcher.group(3).toLowerCase(java.util.Locale.ROOT), matcher.group(4));
            } else if (matcher.group(5) != null) {
                attributes.put(matcher.group(5).toLowerCase(java.util.Locale.ROOT), matcher.group(6));
            } else {
                String value = matcher.group(7) != null ? matcher.group(7)
                        : matcher.group(8) != null ? matcher.group(8) : matcher.group(9);
                if (!"/".equals(value)) {
                    positional.add(value);
                }
            }
        }
        return new Shortcode(name, Map.copyOf(attributes), List.copyOf(positional), content);
    }

    String attribute(String key) {
        return attributes.getOrDefault(key, "").strip();
    }

    /** The first of these attributes that has a value, then the first positional value, else "". */
    String firstOf(String... keys) {
        for (String key : keys) {
            if (!attribute(key).isEmpty()) {
                return attribute(key);
            }
        }
        return positional.isEmpty() ? "" : positional.get(0).strip();
    }
}
