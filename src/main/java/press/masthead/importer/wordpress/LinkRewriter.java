package press.masthead.importer.wordpress;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import press.masthead.content.ImportedId;
import press.masthead.content.ImportedIdStore;

/**
 * Points content at its new home: uploads at their copies in the media folder, and links to the old site's posts,
 * pages, attachments, categories, tags and authors at the URLs they have now. A link to the old site that no
 * imported record answers is left as it is and noted, since it may name an item later in the file.
 */
final class LinkRewriter {
    private static final Pattern QUERY_ID = Pattern.compile("(?:^|&)(p|page_id|attachment_id)=([0-9]+)(?:&|$)");
    private static final Map<String, SourceKind[]> QUERY_KINDS = Map.of(
            "p", new SourceKind[] {SourceKind.ARTICLE, SourceKind.PAGE, SourceKind.MEDIA},
            "page_id", new SourceKind[] {SourceKind.PAGE},
            "attachment_id", new SourceKind[] {SourceKind.MEDIA});

    private final String source;
    private final OldSite site;
    private final MediaFiles media;
    private final ImportedIdStore importedIds;
    private final NewUrls newUrls;

    LinkRewriter(String source, OldSite site, MediaFiles media, ImportedIdStore importedIds, NewUrls newUrls) {
        this.source = source;
        this.site = site;
        this.media = media;
        this.importedIds = importedIds;
        this.newUrls = newUrls;
    }

    void rewrite(Element body, ConversionNotes notes) {
        for (Element link : body.select("a[href]")) {
            link.attr("href", link(link.attr("href"), notes));
        }
        for (Element element : body.select("img[src], audio[src], video[src], source[src]")) {
            element.attr("src", file(element.attr("src"), notes));
        }
        for (Element video : body.select("video[poster]")) {
            video.attr("poster", file(video.attr("poster"), notes));
        }
        // Size variants list old upload URLs; the plain src is the picture, and the sanitizer drops srcset anyway.
        body.select("img[srcset]").removeAttr("srcset");
    }

    private String file(String url, ConversionNotes notes) {
        Optional<String> local = media.localUrl(url);
        if (local.isEmpty() && media.hasUploadsFolder() && media.isUpload(url)) {
            notes.problem("the file " + url + " is not in the --media folder; its original URL is kept");
        }
        return local.orElse(url);
    }

    private String link(String url, ConversionNotes notes) {
        if (media.isUpload(url)) {
            return file(url, notes);
        }
        Optional<String> key = site.pathKey(url);
        if (key.isEmpty() || key.get().equals("/")) {
            return url;
        }
        Optional<String> now = currentUrl(key.get());
        if (now.isEmpty()) {
            notes.unresolvedLink();
            return url;
        }
        int hash = url.indexOf('#');
        return hash >= 0 ? now.get() + url.substring(hash) : now.get();
    }

    /** The URL an old path or query address has now, if an imported record answers it. */
    Optional<String> currentUrl(String key) {
        Optional<ImportedId> found = Optional.empty();
        Matcher query = QUERY_ID.matcher(key.startsWith("/?") ? key.substring(2) : "");
        if (query.find()) {
            for (SourceKind kind : QUERY_KINDS.get(query.group(1))) {
                found = importedIds.findById(source, kind.code(), query.group(2));
                if (found.isPresent()) {
                    break;
                }
            }
        } else {
            found = importedIds.findByPath(source, key);
        }
        return found.flatMap(id -> newUrls.of(SourceKind.fromCode(id.kind()), id.targetId()));
    }
}
