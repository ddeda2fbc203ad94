package press.masthead.importer.wordpress;

import java.nio.file.Path;
import java.util.Optional;
import press.masthead.content.SiteSettings;
import press.masthead.output.ExportProgress;

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
        return run(file, file.toString(), options, ExportProgress.SILENT);
    }

    /**
     * @param shownAs  how the report and errors name the file (an upload is spooled under another name)
     * @param progress told, after the first pass, how many of the file's entries (authors, terms, items) are done
     * @throws WxrFormatException when the file is not a well-formed WordPress export; nothing was saved then
     */
    public ImportReport run(Path file, String shownAs, ImportOptions options, ExportProgress progress) {
        ExportSurvey survey = ExportSurvey.of(file, shownAs);
        ImportRun run = start(shownAs, options, survey);
        EntryImporter entries = new EntryImporter(run);
        int done = 0;
        progress.update(done, survey.entries());
        try (WxrReader reader = WxrReader.open(file, shownAs)) {
            for (XmlNode node = reader.next(); node != null; node = reader.next()) {
                entries.add(node);
                progress.update(++done, survey.entries());
            }
        }
        entries.finish();
        if (!options.dryRun()) {
            run.report.saveIn(reportFolder, site.clock().instant());
        }
        return run.report;
    }

    /** Settles the URL pattern before anything is saved, since the new URLs and redirects depend on it. */
    private ImportRun start(String shownAs, ImportOptions options, ExportSurvey survey) {
        Optional<String> permalinkNote = keepPermalinks(survey, options);
        ImportRun run = new ImportRun(site, options, shownAs, survey);
        String versionWarning = survey.channel().versionWarning();
        if (!versionWarning.isEmpty()) {
            run.report.note(versionWarning);
        }
        permalinkNote.ifPresent(run.report::note);
        return run;
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
