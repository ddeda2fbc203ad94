package press.masthead.output;

import java.time.Duration;

/** What an export did: files in the export, how many were written or removed this time, bytes, time taken. */
public record ExportSummary(int files, int written, int unchanged, int removed, long bytes, Duration took) {
    @Override
    public String toString() {
        return String.format("Exported %,d files (%,.1f MB): %,d written, %,d unchanged, %,d removed, in %.1f s",
                files, bytes / 1_048_576.0, written, unchanged, removed, took.toMillis() / 1000.0);
    }
}
