package press.masthead.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import press.masthead.files.AtomicFiles;
import press.masthead.media.MediaStorage;
import press.masthead.media.StoredMedia;

/**
 * Makes a backup while the site serves: first a consistent copy of the database as an SQLite file, then
 * every stored media file, each hashed as it goes into the zip, then the manifest. The archive is written
 * beside its target and moved into place only when complete, so a failed backup never looks like a good one.
 */
public final class BackupWriter {
    private final DatabaseCopy database;
    private final MediaStorage media;
    private final Clock clock;

    public BackupWriter(DatabaseCopy database, MediaStorage media, Clock clock) {
        this.database = database;
        this.media = media;
        this.clock = clock;
    }

    public BackupSummary write(Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BackupException("The folder for " + archive + " does not exist; create it or choose another"
                    + " place");
        }
        try {
            return AtomicFiles.replaceWithStream(archive,
                    out -> write(out, folder.resolve(archive.getFileName() + ".db.tmp")));
        } catch (IOException e) {
            throw new BackupException("Could not write the backup " + archive + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the archive to {@code out} as it goes (a download, say), leaving {@code out} open. The manifest comes
     * last, so an archive cut short on the way has none and no restore takes it.
     *
     * @param databaseCopy where the consistent copy of the database waits while it is added; removed afterwards
     */
    public BackupSummary write(OutputStream out, Path databaseCopy) {
        try {
            Files.deleteIfExists(databaseCopy);
            database.copyTo(databaseCopy);
            Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16));
            try (InputStream in = Files.newInputStream(databaseCopy)) {
                add(zip, Manifest.DATABASE, in, entries);
            }
            for (StoredMedia file : media.list()) {
                addMedia(zip, file, entries);
            }
            zip.putNextEntry(new ZipEntry(Manifest.NAME));
            zip.write(new Manifest(clock.instant(), entries).bytes());
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return new BackupSummary(entries.size(), entries.values().stream().mapToLong(Manifest.Entry::size).sum());
        } catch (IOException e) {
            throw new BackupException("Could not write the backup: " + e.getMessage(), e);
        } finally {
            deleteQuietly(databaseCopy);
        }
    }

    private void addMedia(ZipOutputStream zip, StoredMedia file, Map<String, Manifest.Entry> entries)
            throws IOException {
        InputStream in;
        try {
            in = file.open();
        } catch (IOException e) {
            if (media.find(file.key()).isEmpty()) {
                // Deleted since the storage was listed, so no longer part of the site: nothing to keep.
                return;
            }
            throw e;
        }
        try (in) {
            add(zip, Manifest.MEDIA + file.key(), in, entries);
        }
    }

    private static void add(ZipOutputStream zip, String path, InputStream in, Map<String, Manifest.Entry> entries)
            throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        entries.put(path, HashingCopy.copy(path, in, zip));
        zip.closeEntry();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind beside the archive does no harm and is named for what it is
        }
    }
}
