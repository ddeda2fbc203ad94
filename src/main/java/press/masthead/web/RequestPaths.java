package press.masthead.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a raw request path into decoded segments, refusing malformed percent-encoding instead of guessing. */
public final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * The decoded segments of a raw (still percent-encoded) path such as {@code /tag/caf%C3%A9/}; the trailing
     * slash makes no segment.
     *
     * @throws BadRequestException when a {@code %} is not followed by two hex digits or the bytes are not UTF-8
     */
    public static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(decode(raw, rawPath));
            }
        }
        return segments;
    }

    private static String decode(String segment, String rawPath) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= segment.length() || Character.digit(segment.charAt(i + 1), 16) < 0
                    || Character.digit(segment.charAt(i + 2), 16) < 0) {
                throw new BadRequestException("Malformed percent-encoding in the path " + rawPath
                        + ": '%' must be followed by two hexadecimal digits");
            }
            bytes.write(Character.digit(segment.charAt(i + 1), 16) * 16 + Character.digit(segment.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("Malformed percent-encoding in the path " + rawPath
                    + ": the encoded bytes are not UTF-8");
        }
    }
}
