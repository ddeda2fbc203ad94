package press.masthead.admin.tools;

import java.nio.file.Path;
import java.time.Instant;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.output.ExportProgress;

/**
 * One uploaded WordPress export being imported in the background: what was uploaded, by whom, how far the import
 * has come (told by the importer through {@link ExportProgress}) and, once over, its report or why it was refused.
 * The import thread writes it; request threads read it, so every changing field is volatile.
 */
final class ImportJob implements ExportProgress {
    private final long id;
    private final String fileName;
    private final long size;
    private final ImportOptions options;
    private final String startedBy;
    private final Instant startedAt;
    private final Path spooled;
    private volatile ImportState state = ImportState.CHECKING;
    private volatile int done;
    private volatile int total;
    private volatile ImportReport report;
    private volatile String error;
    private volatile Instant finishedAt;

    ImportJob(long id, String fileName, long size, ImportOptions options, String startedBy, Instant startedAt,
              Path spooled) {
        this.id = id;
        this.fileName = fileName;
        this.size = size;
        this.options = options;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.spooled = spooled;
    }

    /** The importer's first call comes once the file has been checked, so from then on it is importing. */
    @Override
    public void update(int entriesDone, int entriesTotal) {
        total = entriesTotal;
        done = entriesDone;
        state = ImportState.IMPORTING;
    }

    void finished(ImportReport report, Instant at) {
        this.report = report;
        end(ImportState.FINISHED, at);
    }

    /** The file is not a well-formed WordPress export; nothing was imported. */
    void refused(String why, Instant at) {
        this.error = why;
        end(ImportState.REFUSED, at);
    }

    /** Something went wrong on the way (a full disk, say); what was imported before stays. */
    void failed(String why, Instant at) {
        this.error = why;
        end(ImportState.FAILED, at);
    }

    private void end(ImportState state, Instant at) {
        this.finishedAt = at;
        this.state = state;
    }

    long id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    ImportOptions options() {
        return options;
    }

    String startedBy() {
        return startedBy;
    }

    Instant startedAt() {
        return startedAt;
    }

    Path spooled() {
        return spooled;
    }

    ImportState state() {
        return state;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    /** The report once finished, else null. */
    ImportReport report() {
        return report;
    }

    /** Why the import was refused or failed, else null. */
    String error() {
        return error;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
