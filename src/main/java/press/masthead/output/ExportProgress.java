package press.masthead.output;

/** Told how far an export has come, as files finish. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress SILENT = (done, total) -> { };

    void update(int done, int total);
}
