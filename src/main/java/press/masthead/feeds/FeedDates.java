package press.masthead.feeds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as each format wants them, in the site's time zone with its offset. */
final class FeedDates {
    /** RFC 822 with a four-digit year, as RSS 2.0 asks; English names whatever the site's language. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx",
            Locale.US);

    private FeedDates() {
    }

    static String rfc822(Instant instant, ZoneId zone) {
        return RFC_822.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** RFC 3339, for Atom and JSON Feed. */
    static String rfc3339(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
