package press.masthead.importer.wordpress;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When an item was published and last changed. GMT times are best; then the RSS date; then the local time read in
 * the offset most of the export's items were written in.
 */
final class ItemDates {
    private ItemDates() {
    }

    static Optional<Instant> published(WxrItem item, ZoneOffset usualOffset) {
        return WxrDates.gmt(item.postDateGmt())
                .or(() -> WxrDates.rss(item.pubDate()))
                .or(() -> WxrDates.local(item.postDate()).map(local -> local.toInstant(usualOffset)));
    }

    static Optional<Instant> modified(WxrItem item, ZoneOffset usualOffset) {
        return WxrDates.gmt(item.postModifiedGmt())
                .or(() -> WxrDates.local(item.postModified()).map(local -> local.toInstant(usualOffset)));
    }

    static Optional<Instant> of(WxrComment comment, ZoneOffset usualOffset) {
        return WxrDates.gmt(comment.dateGmt())
                .or(() -> WxrDates.local(comment.date()).map(local -> local.toInstant(usualOffset)));
    }
}
