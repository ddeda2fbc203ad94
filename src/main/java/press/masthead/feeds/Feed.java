package press.masthead.feeds;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One feed, whatever its format: the list it follows and its newest entries, with every URL absolute. Dates are
 * written in {@code zone}, the site's time zone, so readers see the newsroom's local times.
 *
 * @param homeUrl the page of the list the feed follows (the home page, an archive)
 * @param selfUrl the URL of this feed in the format being written
 * @param updated when the newest entry last changed; the feed's own last change
 */
record Feed(String title, String description, String language, String homeUrl, String selfUrl, Instant updated,
            ZoneId zone, List<FeedEntry> entries) {
    Feed {
        entries = List.copyOf(entries);
    }
}
