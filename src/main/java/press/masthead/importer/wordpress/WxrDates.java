package press.masthead.importer.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * WXR's two kinds of time: {@code 2013-05-07 12:55:41} (local or GMT, by element) and the RSS {@code pubDate}.
 * WordPress writes {@code 0000-00-00 00:00:00} for "never", which reads as no time at all.
 */
final class WxrDates {
    private static final DateTimeFormatter WXR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrDates() {
    }

    static Optional<LocalDateTime> local(String text) {
        if (text.isBlank() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), WXR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<Instant> gmt(String text) {
        return local(text).map(time -> time.toInstant(ZoneOffset.UTC));
    }

    /** An RSS date; WordPress dates unpublished items to 1970 or to the year -1, which mean no date. */
    static Optional<Instant> rss(String text) {
        try {
            Instant time = DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip(), Instant::from);
            return time.isAfter(Instant.EPOCH) ? Optional.of(time) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
