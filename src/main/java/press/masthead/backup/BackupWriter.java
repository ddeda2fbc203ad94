package press.masthead.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a backup while the site serves: first a consistent copy of the database as an SQLite file, then
 * every file of the media folder, each hashed as it goes into the zip, then the manifest. The archive is written
 * beside its target and moved into place only when complete, so a failed backup never looks like a good one.
 */
public final class BackupWriter {
    private final DatabaseCopy database;
    private final Path mediaDir;
    private final Clock clock;

    public BackupWriter(DatabaseCopy database, Path mediaDir, Clock clock) {
        this.database = database;
        this.mediaDir = mediaDir;
        this.clock = clock;
    }

    public BackupSummary write(Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BackupException("The folder for " + archive + " does not exist; create it or choose another"
                    + " place");
        }
        Path partial = folder.resolve(archive.getFileName() + ".partial");
        Path databaseCopy = folder.resolve(archive.getFileName() + ".db.tmp");
        try {
            Files.deleteIfExists(databaseCopy);
            database.copyTo(databaseCopy);
            Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                add(zip, Manifest.DATABASE, databaseCopy, entries);
                for (Path file : mediaFiles()) {
                    add(zip, Manifest.MEDIA + relative(file), file, entries);
                }
                zip.putNextEntry(new ZipEntry(Manifest.NAME));
                zip.write(new Manifest(clock.instant(), entries).bytes());
                zip.closeEntry();
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BackupSummary(entries.size(), entries.values().stream().mapToLong(Manifest.Entry::size).sum());
        } catch (IOException e) {
            throw new BackupException("Could not write the backup " + archive + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
            deleteQuietly(databaseCopy);
        }
    }

    private static void add(ZipOutputStream zip, String path, Path file, Map<String, Manifest.Entry> entries)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(path));
            entries.put(path, HashingCopy.copy(path, in, zip));
            zip.closeEntry();
        } catch (NoSuchFileException e) {
            // A media file deleted since the folder was listed is no longer part of the site: nothing to keep.
            return;
        }
    }

    /** Every file in the media folder, in a stable order, except uploads still being written. */
    private List<Path> mediaFiles() throws IOException {
        if (!Files.isDirectory(mediaDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(mediaDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith(".upload-"))
                    .sorted()
                    .toList();
        }
    }

    private String relative(Path file) {
        return mediaDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind beside the archive does no harm and is named for what it is
        }
    }
}
