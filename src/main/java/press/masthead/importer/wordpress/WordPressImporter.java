package press.masthead.importer.wordpress;

import java.nio.file.Path;
import java.util.Optional;
import press.masthead.content.SiteSettings;
import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * Imports a WordPress export (WXR 1.0 to 1.2) into the site, streaming so that memory stays flat however large the
 * file. All or nothing per file: a first pass reads the whole file, and one that is not well formed, is cut short or
 * is no WXR is refused with {@code FILE:LINE:COL} before anything is saved. Then each entry is read, mapped, saved
 * and redirected in turn, and the report tells what happened. Importing the same file again updates what the first
 * import made instead of duplicating it.
 */
public final class WordPressImporter {
    private final ImportSite site;
    private final Path reportFolder;

    /**
     * @param reportFolder where reports are saved ({@code DATA/imports})
     */
    public WordPressImporter(ImportSite site, Path reportFolder) {
        this.site = site;
        this.reportFolder = reportFolder;
    }

    /**
     * @throws WxrFormatException when the file is not a well-formed WordPress export; nothing was saved then
     */
    public ImportReport run(Path file, ImportOptions options) {
        ExportSurvey survey = ExportSurvey.of(file);
        Optional<String> permalinkNote = keepPermalinks(survey, options);
        ImportRun run = new ImportRun(site, options, file, survey);
        String versionWarning = survey.channel().versionWarning();
        if (!versionWarning.isEmpty()) {
            run.report.note(versionWarning);
        }
        permalinkNote.ifPresent(run.report::note);
        AuthorImporter authors = new AuthorImporter(run);
        TermImporter terms = new TermImporter(run);
        CommentImporter comments = new CommentImporter(run);
        ArticleImporter articles = new ArticleImporter(run, authors, terms, comments);
        PageImporter pages = new PageImporter(run, comments);
        MediaImporter media = new MediaImporter(run);
        try (WxrReader reader = WxrReader.open(file)) {
            for (XmlNode node = reader.next(); node != null; node = reader.next()) {
                if (node.is(WxrNamespace.WXR, "author")) {
                    authors.add(WxrAuthor.from(node));
                } else if (WxrTerm.from(node) != null) {
                    terms.add(WxrTerm.from(node));
                } else if (node.is(WxrNamespace.RSS, "item")) {
                    WxrItem item = WxrItem.from(node);
                    if (isImportable(run, item)) {
                        switch (item.postType()) {
                            case WxrItem.POST -> articles.add(item);
                            case WxrItem.PAGE -> pages.add(item);
                            default -> media.add(item);
                        }
                    }
                }
            }
        }
        terms.finish();
        articles.relink();
        pages.relink();
        if (!options.dryRun()) {
            run.report.saveIn(reportFolder, site.clock().instant());
        }
        return run.report;
    }

    /** Items that are not posts, pages or attachments, items without an id and repeated items are passed over. */
    private static boolean isImportable(ImportRun run, WxrItem item) {
        boolean known = WxrItem.POST.equals(item.postType()) || WxrItem.PAGE.equals(item.postType())
                || WxrItem.ATTACHMENT.equals(item.postType());
        if (!known) {
            String type = item.postType().isEmpty() ? "(none)" : item.postType();
            run.report.repeatedProblem("type " + type, item.line(), "items of the type " + type
                    + " are not imported: Masthead has articles, pages and media (not menus or custom post types)");
            run.report.countSkipped(Kind.OTHER_ITEMS);
            return false;
        }
        Kind kind = switch (item.postType()) {
            case WxrItem.POST -> Kind.ARTICLES;
            case WxrItem.PAGE -> Kind.PAGES;
            default -> Kind.MEDIA;
        };
        if (item.postId().isEmpty()) {
            run.report.problem(item.line(), item.label(), "no wp:post_id, so a second import could not find it; skipped");
            run.report.countSkipped(kind);
            return false;
        }
        if (!run.firstSighting(item)) {
            run.report.problem(item.line(), item.label(), "the file holds this id twice; the first one is kept");
            run.report.countSkipped(kind);
            return false;
        }
        return true;
    }

    /** Sets the article URL pattern to the old structure when asked and possible; says what it did or could do. */
    private Optional<String> keepPermalinks(ExportSurvey survey, ImportOptions options) {
        Optional<String> pattern = survey.permalinks().pattern();
        SiteSettings settings = site.settings().load();
        if (pattern.isEmpty()) {
            String why = survey.permalinks().whyNotKeepable();
            if (why.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of((options.keepPermalinks() ? "--keep-permalinks cannot keep the old URLs: " : "")
                    + why + "; the old URLs redirect to the new ones");
        }
        if (pattern.get().equals(settings.articleUrlPattern())) {
            return Optional.of("the old post URLs follow " + pattern.get() + ", as Masthead's do: they stay as they were");
        }
        if (!options.keepPermalinks()) {
            return Optional.of("the old post URLs follow " + pattern.get() + "; import with --keep-permalinks to make"
                    + " that the article URL pattern and keep them unchanged (they redirect to the new ones meanwhile)");
        }
        site.settings().save(settings.withArticleUrlPattern(pattern.get()));
        return Optional.of("the article URL pattern is now " + pattern.get() + " (it was "
                + settings.articleUrlPattern() + "), so the old post URLs stay as they were; articles the site already"
                + " had moved to that pattern too");
    }
}
