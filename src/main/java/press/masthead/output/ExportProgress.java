package press.masthead.output;

/** Told how far a long job has come: an export as files finish, an import as entries of its file do. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress SILENT = (done, total) -> { };

    void update(int done, int total);
}
