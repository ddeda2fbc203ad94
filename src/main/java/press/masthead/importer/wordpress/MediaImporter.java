package press.masthead.importer.wordpress;

import java.net.URLConnection;
import java.util.Optional;
import press.masthead.content.ImportedId;
import press.masthead.content.MediaItem;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.media.MediaKeys;

/**
 * Imports attachments as media records. The file is copied from the {@code --media} folder when it is there;
 * otherwise the record keeps the original URL and the report says so. The attachment's page and, for copied files,
 * the old file URL redirect to the file's new home.
 */
final class MediaImporter {
    private final ImportRun run;

    MediaImporter(ImportRun run) {
        this.run = run;
    }

    void add(WxrItem item) {
        String url = item.attachmentUrl().isEmpty() ? item.guid() : item.attachmentUrl();
        if (url.isEmpty()) {
            run.report.problem(item.line(), item.label(), "no wp:attachment_url; skipped");
            run.report.countSkipped(Kind.MEDIA);
            return;
        }
        Optional<MediaItem> existing = run.find(SourceKind.MEDIA, item.postId(), item.guid())
                .map(ImportedId::targetId).flatMap(run.site.mediaStore()::findById);
        Optional<String> stored = run.media.storedPath(url);
        if (stored.isEmpty() && run.media.hasUploadsFolder()) {
            run.report.problem(item.line(), item.label(), "the file " + url
                    + " is not in the --media folder; the original URL is kept");
        } else if (stored.isEmpty()) {
            run.report.repeatedProblem("no media folder", item.line(), "attachment files stay where they are and"
                    + " keep their original URLs, since no --media folder (a copy of wp-content/uploads) was given");
        }
        String newUrl = stored.map(MediaKeys::urlOf).orElse(url);
        MediaItem record = new MediaItem(existing.map(MediaItem::id).orElse(0L), newUrl, stored.orElse(null), url,
                ItemText.plain(item.title()), item.meta("_wp_attachment_image_alt").orElse("").strip(),
                ItemText.plain(item.excerpt()), item.content().strip(), mediaType(url),
                ItemDates.published(item, run.usualOffset()).orElse(run.started));
        long id;
        if (existing.isPresent()) {
            run.site.mediaStore().update(record);
            id = record.id();
        } else {
            id = run.site.mediaStore().insert(record);
        }
        run.remember(SourceKind.MEDIA, item.postId(), item.guid(), run.pathKeyOf(item.link()), id);
        run.report.countSaved(Kind.MEDIA, existing.isEmpty());
        // A file left on the old host must not be redirected to from this site: the old host may be this site now.
        if (stored.isPresent()) {
            run.redirects.from(newUrl, item.link(), "/?attachment_id=" + item.postId(), url);
        } else if (run.survey.site().pathKey(url).isEmpty()) {
            run.redirects.from(newUrl, item.link(), "/?attachment_id=" + item.postId());
        }
    }

    private static String mediaType(String url) {
        int query = url.indexOf('?');
        String type = URLConnection.guessContentTypeFromName(query >= 0 ? url.substring(0, query) : url);
        return type == null ? "" : type;
    }
}
