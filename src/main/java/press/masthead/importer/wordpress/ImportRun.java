package press.masthead.importer.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import press.masthead.content.ImportedId;
import press.masthead.content.SiteSettings;

/**
 * Everything one import of one file shares: the site, the survey of the file, the report, and the helpers that
 * convert content, place media, choose slugs and write redirects.
 */
final class ImportRun {
    final ImportSite site;
    final ExportSurvey survey;
    final ImportReport report;
    final NewUrls newUrls;
    final MediaFiles media;
    final BodyConverter bodies;
    final SlugPlanner slugs;
    final OldUrlRedirects redirects;
    final Instant started;
    private final String source;
    private final Set<String> seenItems = new HashSet<>();

    ImportRun(ImportSite site, ImportOptions options, String shownAs, ExportSurvey survey) {
        this.site = site;
        this.survey = survey;
        this.started = site.clock().instant();
        this.report = new ImportReport(shownAs, options.dryRun());
        String siteUrl = survey.channel().siteUrl().replaceAll("/+$", "");
        this.source = "wordpress" + (siteUrl.isEmpty() ? "" : " " + siteUrl);
        SiteSettings settings = site.settings().load();
        this.newUrls = new NewUrls(site.permalinks().get(), site.articleStore(), site.pageStore(), site.authorStore(),
                site.taxonomyStore(), site.mediaStore());
        this.media = new MediaFiles(survey.site(), options.mediaDir(), site.mediaStorage(), !options.dryRun());
        LinkRewriter links = new LinkRewriter(source, survey.site(), media, site.importedIds(), newUrls);
        this.bodies = new BodyConverter(new Shortcodes(survey), links);
        this.slugs = new SlugPlanner(site.articleStore(), site.pageStore(), settings.articleUrlPattern());
        this.redirects = new OldUrlRedirects(site.redirects(), survey.site(), report);
    }

    ZoneOffset usualOffset() {
        return survey.usualOffset();
    }

    /** What an earlier import (or this one) made of this source record. */
    Optional<ImportedId> find(SourceKind kind, String id, String guid) {
        return site.importedIds().find(source, kind.code(), id, guid);
    }

    void remember(SourceKind kind, String id, String guid, String oldPath, long targetId) {
        site.importedIds().put(new ImportedId(source, kind.code(), id, guid, oldPath, targetId));
    }

    /** The old site's key for an item's link, as links to it in content are looked up. */
    String pathKeyOf(String url) {
        return survey.site().pathKey(url).orElse("");
    }

    /** True the first time an item id is seen in this file; a repeated item is a problem, not a second record. */
    boolean firstSighting(WxrItem item) {
        return seenItems.add(item.postType() + " " + item.postId());
    }

    /** A clock stopped at {@code time}, or at the import's start when the item has no time. */
    Clock clockAt(Optional<Instant> time) {
        return Clock.fixed(time.orElse(started), ZoneOffset.UTC);
    }
}
