package press.masthead.admin.tools;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * An import as the Admin API answers it and the admin page shows it: the upload, where the import stands, how far
 * it has come ({@code done} of {@code total} entries of the file once checked) and, when over, the report or why
 * it was refused.
 */
public record ImportStatus(long id, String file, long size, ImportState state, boolean dryRun, boolean keepPermalinks,
                    String startedBy, Instant startedAt, Instant finishedAt, Progress progress, String error,
                    Report report) {

    /** Entries of the file done and in all; {@code total} is 0 while the file is still being checked. */
    public record Progress(int done, int total) {
    }

    /** The same report the command line prints and saves in {@code DATA/imports}, as data and as that text. */
    public record Report(Map<String, Counts> counts, int redirects, List<String> notes, List<Problem> problems,
                  String text, String savedAs) {
    }

    public record Counts(int imported, int updated, int skipped) {
    }

    public record Problem(int line, String entry, String reason) {
    }

    static ImportStatus of(ImportJob job) {
        ImportState state = job.state();
        return new ImportStatus(job.id(), job.fileName(), job.size(), state, job.options().dryRun(),
                job.options().keepPermalinks(), job.startedBy(), job.startedAt(), job.finishedAt(),
                new Progress(job.done(), job.total()), job.error(),
                state == ImportState.FINISHED ? report(job.report()) : null);
    }

    /** True once the import is over, whichever way it ended. */
    boolean over() {
        return state.over();
    }

    private static Report report(ImportReport report) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            counts.put(kind.name().toLowerCase(Locale.ROOT),
                    new Counts(report.imported(kind), report.updated(kind), report.skipped(kind)));
        }
        List<Problem> problems = report.problems().stream()
                .map(p -> new Problem(p.line(), p.entry(), p.reason())).toList();
        Path saved = report.savedAs();
        return new Report(counts, report.redirects(), report.notes(), problems, report.text(),
                saved == null ? null : saved.getFileName().toString());
    }

    /** One line for the audit log: how much of each kind came in. */
    static String summary(ImportReport report) {
        StringBuilder line = new StringBuilder(report.dryRun() ? "dry run: " : "");
        for (Kind kind : Kind.values()) {
            if (kind != Kind.OTHER_ITEMS) {
                line.append(kind.label()).append(' ').append(report.imported(kind)).append(" new, ")
                        .append(report.updated(kind)).append(" updated; ");
            }
        }
        return line.append(report.problems().size()).append(" problems").toString();
    }
}
