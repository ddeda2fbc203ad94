package press.masthead.site;

import java.util.Arrays;
import java.util.Optional;
import press.masthead.output.OutputFormat;

/**
 * The feed formats every list offers, as data: the path segment after {@code feed/} (none for RSS, the default
 * a reader gets at {@code /feed/}), the output format with its media type, and the name readers know it by.
 */
public enum FeedFormat {
    RSS("", OutputFormat.RSS, "RSS"),
    ATOM("atom", OutputFormat.ATOM, "Atom"),
    JSON("json", OutputFormat.JSON_FEED, "JSON Feed");

    private final String segment;
    private final OutputFormat output;
    private final String label;

    FeedFormat(String segment, OutputFormat output, String label) {
        this.segment = segment;
        this.output = output;
        this.label = label;
    }

    /** The path segment after {@code feed/}; empty for RSS, which lives at {@code feed/} itself. */
    public String segment() {
        return segment;
    }

    public OutputFormat output() {
        return output;
    }

    public String label() {
        return label;
    }

    /** The media type without parameters, as {@code <link rel="alternate" type>} wants it. */
    public String mediaType() {
        String type = output.mediaType();
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon);
    }

    static Optional<FeedFormat> ofSegment(String segment) {
        return Arrays.stream(values()).filter(f -> !f.segment.isEmpty() && f.segment.equals(segment)).findFirst();
    }
}
