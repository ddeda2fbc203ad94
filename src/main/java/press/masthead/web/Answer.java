package press.masthead.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import press.masthead.output.CachedResponse;

/**
 * What to send for a stored response, given the request's validators and encodings: 304 for a client that has it,
 * the gzip body for one that asks, the plain body otherwise. Served from the cache or from a route, the same
 * request gets the same answer.
 */
record Answer(int status, byte[] body, List<Map.Entry<String, String>> headers) {

    static Answer to(CachedResponse response, String ifNoneMatch, String ifModifiedSince, String acceptEncoding) {
        boolean gzip = response.gzipBody() != null && accepts(acceptEncoding, "gzip");
        String etag = gzip ? response.gzipEtag() : response.etag();
        List<Map.Entry<String, String>> headers = new ArrayList<>(response.headers());
        headers.add(Map.entry("Cache-Control", response.cacheControl()));
        if (response.gzipBody() != null) {
            headers.add(Map.entry("Vary", "Accept-Encoding"));
        }
        headers.add(Map.entry("ETag", etag));
        if (response.lastModified() != null) {
            headers.add(Map.entry("Last-Modified", httpDate(response.lastModified())));
        }
        if (response.status() == 200
                && notModified(ifNoneMatch, ifModifiedSince, response.lastModified(), etag, response.etag())) {
            return new Answer(304, new byte[0], headers);
        }
        headers.add(Map.entry("Content-Type", response.mediaType()));
        if (gzip) {
            headers.add(Map.entry("Content-Encoding", "gzip"));
            return new Answer(response.status(), response.gzipBody(), headers);
        }
        return new Answer(response.status(), response.body(), headers);
    }

    /**
     * Whether the client already has this version: one of its {@code If-None-Match} tags is one of {@code etags}
     * (the validators of the representations it could have), or, without that header, nothing changed since its
     * {@code If-Modified-Since}.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, Instant lastModified, String... etags) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || List.of(etags).contains(tag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince, Instant::from);
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equalsIgnoreCase(coding)) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
