package press.masthead.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as writers give them: a time with an offset ({@code 2026-12-01T09:00:00Z}) is taken as it is; a local time
 * ({@code 2026-12-01T09:00}, what a browser's date-time field sends) is a time in the site's time zone.
 */
final class SiteTimes {
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private SiteTimes() {
    }

    /** Null for a blank value; a value that is no time is a 400 on {@code field}. */
    static Instant parse(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new AdminException.Invalid(field, "'" + text + "' is not a time: write it as 2026-12-01T09:00"
                        + " (in the site's time zone, " + zone.getId() + ") or with an offset, 2026-12-01T09:00:00Z.");
            }
        }
    }

    /** A time as people read it in a list, in the site's time zone: {@code 2026-12-01 09:00}; empty for none. */
    static String display(Instant instant, ZoneId zone) {
        return local(instant, zone).replace('T', ' ');
    }

    /** A time as a date-time field shows it, in the site's time zone; empty for none. */
    static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL_MINUTES.format(instant.atZone(zone));
    }
}
