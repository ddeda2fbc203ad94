package press.masthead.backup;

/** What a backup holds or a restore wrote: how many files (the database and each media file) and bytes. */
public record BackupSummary(int files, long bytes) {
    @Override
    public String toString() {
        return files + (files == 1 ? " file" : " files") + " (" + String.format("%.1f", bytes / 1_048_576.0) + " MB)";
    }
}
