package press.masthead.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import press.masthead.media.MediaKeys;
import press.masthead.media.MediaStorage;
import press.masthead.media.StoredMedia;

/**
 * Restores a backup into a data directory, a media storage (the site's, wherever its {@code media-dir} is) and a
 * database (the data directory's SQLite file, or a database server). Every entry is checked against the manifest
 * (present, same size, same SHA-256, nothing extra) before anything is written, so a damaged or cut-short archive
 * changes nothing. A site already there is refused unless forced; forced, its database, media and search index are
 * replaced. Stop Masthead before restoring over its site.
 */
public final class BackupRestorer {
    /** Where the backup's database waits, checked, until the target takes it. */
    private static final String DATABASE_DOWNLOAD = Manifest.DATABASE + ".restoring";

    public BackupSummary restore(Path archive, Path dataDir, MediaStorage media, DatabaseTarget database,
                                 boolean force) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("There is no backup at " + archive);
        }
        refuseExistingSite(dataDir, media, database, force);
        try (ZipFile zip = open(archive)) {
            Manifest manifest = verified(archive, zip);
            if (force) {
                removeMediaAndSearchIndex(dataDir, media);
            }
            return extract(archive, zip, manifest, dataDir, media, database);
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException("Could not restore " + archive + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void refuseExistingSite(Path dataDir, MediaStorage media, DatabaseTarget database, boolean force) {
        if (force) {
            return;
        }
        if (!database.holdsASite() && media.list().isEmpty()) {
            return;
        }
        throw new BackupException("The data directory " + dataDir + " already holds a site (content in its database,"
                + " or media files). Restore into an empty folder, database and media folder, or add --force to"
                + " replace that site's database, media and search index with the backup.");
    }

    private static ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile());
        } catch (ZipException e) {
            throw damaged(archive, "it is not a complete zip archive (" + e.getMessage() + "); it was cut short or"
                    + " damaged");
        } catch (IOException e) {
            throw new BackupException("Could not read the backup " + archive + ": " + e.getMessage(), e);
        }
    }

    /** The manifest, once every entry it lists is in the archive with its size and digest, and nothing else is. */
    private static Manifest verified(Path archive, ZipFile zip) {
        ZipEntry manifestEntry = zip.getEntry(Manifest.NAME);
        if (manifestEntry == null) {
            throw damaged(archive, "it has no " + Manifest.NAME);
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = Manifest.read(in);
        } catch (IOException | BackupException e) {
            throw damaged(archive, e.getMessage());
        }
        if (!manifest.entries().containsKey(Manifest.DATABASE)) {
            throw damaged(archive, "its manifest lists no database");
        }
        List<String> names = new ArrayList<>();
        Collections.list(zip.entries()).forEach(entry -> names.add(entry.getName()));
        for (String name : names) {
            if (!name.equals(Manifest.NAME) && !manifest.entries().containsKey(name)) {
                throw damaged(archive, "it holds " + name + ", which its manifest does not list");
            }
        }
        for (Manifest.Entry expected : manifest.entries().values()) {
            List<String> problems = Manifest.problemsWithPath(expected.path());
            if (!problems.isEmpty()) {
                throw damaged(archive, problems.get(0));
            }
            ZipEntry entry = zip.getEntry(expected.path());
            if (entry == null) {
                throw damaged(archive, "its manifest lists " + expected.path() + ", which is missing");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                check(archive, expected, HashingCopy.copy(expected.path(), in, null));
            } catch (IOException e) {
                throw damaged(archive, expected.path() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return manifest;
    }

    private static void check(Path archive, Manifest.Entry expected, Manifest.Entry actual) {
        if (actual.size() != expected.size() || !actual.sha256().equals(expected.sha256())) {
            throw damaged(archive, expected.path() + " does not match its checksum in the manifest (" + actual.size()
                    + " bytes, SHA-256 " + actual.sha256() + "; the manifest says " + expected.size() + " bytes, "
                    + expected.sha256() + ")");
        }
    }

    /**
     * Puts the media into the storage and hands the database to its target; the media written are removed again on
     * failure. Each entry is checked again as it is written: the archive could have changed since it was verified.
     */
    private static BackupSummary extract(Path archive, ZipFile zip, Manifest manifest, Path dataDir,
                                         MediaStorage media, DatabaseTarget database) throws IOException {
        List<String> written = new ArrayList<>();
        Path databaseFile = dataDir.toAbsolutePath().normalize().resolve(DATABASE_DOWNLOAD);
        try {
            Files.createDirectories(databaseFile.getParent());
            long bytes = 0;
            int files = 0;
            for (Manifest.Entry expected : manifest.entries().values()) {
                boolean isDatabase = expected.path().equals(Manifest.DATABASE);
                if (!isDatabase && !MediaKeys.isValid(mediaKey(expected))) {
                    // A hidden file (a desktop's .DS_Store, say) that an older backup took from the media folder:
                    // no media file, and no key could name it.
                    continue;
                }
                try (InputStream in = zip.getInputStream(zip.getEntry(expected.path()))) {
                    if (isDatabase) {
                        try (OutputStream out = Files.newOutputStream(databaseFile)) {
                            check(archive, expected, HashingCopy.copy(expected.path(), in, out));
                        }
                    } else {
                        written.add(mediaKey(expected));
                        store(archive, expected, in, media);
                    }
                }
                bytes += expected.size();
                files++;
            }
            database.replaceWith(databaseFile);
            return new BackupSummary(files, bytes);
        } catch (IOException | RuntimeException e) {
            for (String key : written) {
                deleteAfterFailure(media, key, e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(databaseFile);
        }
    }

    /** The key of a media entry: its path in the archive without the {@code media/} folder. */
    private static String mediaKey(Manifest.Entry entry) {
        return entry.path().substring(Manifest.MEDIA.length());
    }

    private static void store(Path archive, Manifest.Entry expected, InputStream in, MediaStorage media) {
        HashingInputStream hashing = new HashingInputStream(in);
        try {
            media.store(mediaKey(expected), hashing, expected.size());
        } catch (UncheckedIOException e) {
            // A storage refuses a stream of the wrong length: if the archive is to blame, say so.
            check(archive, expected, hashing.entry(expected.path()));
            throw e;
        }
        check(archive, expected, hashing.entry(expected.path()));
    }

    private static void deleteAfterFailure(MediaStorage media, String key, Exception failure) {
        try {
            media.delete(key);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Removes what a forced restore replaces besides the database: the media and the search index. */
    private static void removeMediaAndSearchIndex(Path dataDir, MediaStorage media) throws IOException {
        for (StoredMedia file : media.list()) {
            media.delete(file.key());
        }
        Path index = dataDir.resolve("search");
        if (Files.exists(index)) {
            try (Stream<Path> paths = Files.walk(index)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static BackupException damaged(Path archive, String why) {
        return new BackupException("The backup " + archive + " is damaged: " + why + ". Nothing was restored;"
                + " use another copy of the backup.");
    }
}
