package press.masthead.importer.wordpress;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first pass over an export: reads it to the end, so that a file that is not well formed, is cut short or is no
 * WXR is refused before anything is saved, and notes on the way what the import needs ahead of time: the channel,
 * every attachment, where uploads live, the old URL structure and the site's usual time zone offset.
 */
final class ExportSurvey {
    private final WxrChannel channel;
    private final Map<String, Attachment> attachments;
    private final Map<String, List<String>> attachmentsByParent;
    private final OldSite site;
    private final PermalinkInference permalinks;
    private final ZoneOffset usualOffset;
    private final int entries;

    private ExportSurvey(WxrChannel channel, Map<String, Attachment> attachments,
                         Map<String, List<String>> attachmentsByParent, OldSite site, PermalinkInference permalinks,
                         ZoneOffset usualOffset, int entries) {
        this.channel = channel;
        this.attachments = attachments;
        this.attachmentsByParent = attachmentsByParent;
        this.site = site;
        this.permalinks = permalinks;
        this.usualOffset = usualOffset;
        this.entries = entries;
    }

    /** @param shownAs how errors name the file */
    static ExportSurvey of(Path file, String shownAs) {
        Map<String, Attachment> attachments = new LinkedHashMap<>();
        Map<String, List<String>> byParent = new HashMap<>();
        Set<String> uploadBases = new LinkedHashSet<>();
        Map<Integer, Integer> offsets = new HashMap<>();
        PermalinkInference permalinks = new PermalinkInference();
        OldSite hostsOnly = null;
        int entries = 0;
        try (WxrReader reader = WxrReader.open(file, shownAs)) {
            for (XmlNode node = reader.next(); node != null; node = reader.next()) {
                entries++;
                if (!node.is(WxrNamespace.RSS, "item")) {
                    continue;
                }
                WxrItem item = WxrItem.from(node);
                if (hostsOnly == null) {
                    hostsOnly = OldSite.of(reader.channel(), List.of());
                }
                permalinks.observe(item, hostsOnly);
                offsetOf(item).ifPresent(minutes -> offsets.merge(minutes, 1, Integer::sum));
                if (WxrItem.ATTACHMENT.equals(item.postType()) && !item.postId().isEmpty()) {
                    Attachment attachment = Attachment.from(item);
                    attachments.putIfAbsent(item.postId(), attachment);
                    byParent.computeIfAbsent(attachment.parentId(), parent -> new ArrayList<>()).add(item.postId());
                    item.meta("_wp_attached_file").flatMap(OldSite::safeRelative)
                            .filter(relative -> attachment.url().endsWith(relative))
                            .ifPresent(relative -> uploadBases.add(
                                    attachment.url().substring(0, attachment.url().length() - relative.length())));
                }
            }
            if (!reader.sawWxrNamespace()) {
                throw reader.problemHere("this is not a WordPress export: no element is in the WXR namespace"
                        + " (http://wordpress.org/export/1.2/); is it an RSS feed rather than an export?");
            }
            WxrChannel channel = reader.channel();
            int usual = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
            return new ExportSurvey(channel, attachments, byParent, OldSite.of(channel, uploadBases), permalinks,
                    ZoneOffset.ofTotalSeconds(usual * 60), entries);
        }
    }

    /** How far the item's local time is from GMT, in minutes, when it has both. */
    private static Optional<Integer> offsetOf(WxrItem item) {
        var local = WxrDates.local(item.postDate());
        var gmt = WxrDates.local(item.postDateGmt());
        if (local.isEmpty() || gmt.isEmpty()) {
            return Optional.empty();
        }
        long minutes = Duration.between(gmt.get(), local.get()).toMinutes();
        return Math.abs(minutes) <= 18 * 60 ? Optional.of((int) minutes) : Optional.empty();
    }

    WxrChannel channel() {
        return channel;
    }

    OldSite site() {
        return site;
    }

    PermalinkInference permalinks() {
        return permalinks;
    }

    /** The offset most items were written in: the best guess for an item that has only a local time. */
    ZoneOffset usualOffset() {
        return usualOffset;
    }

    /** How many authors, terms and items the channel holds: the import's second pass reads as many. */
    int entries() {
        return entries;
    }

    Optional<Attachment> attachment(String postId) {
        return Optional.ofNullable(attachments.get(postId));
    }

    /** The attachments uploaded to a post, in file order: what a {@code [gallery]} without ids shows. */
    List<Attachment> attachedTo(String postId) {
        return attachmentsByParent.getOrDefault(postId, List.of()).stream().map(attachments::get).toList();
    }
}
