package press.masthead.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

/**
 * Restores a backup into a data directory and a database (the data directory's SQLite file, or a database server).
 * Every entry is checked against the manifest (present, same size, same SHA-256, nothing extra) before anything is
 * written, so a damaged or cut-short archive changes nothing. A site already there is refused unless forced;
 * forced, its database, media and search index are replaced. Stop Masthead before restoring over its site.
 */
public final class BackupRestorer {
    /** Where the backup's database waits, checked, until the target takes it. */
    private static final String DATABASE_DOWNLOAD = Manifest.DATABASE + ".restoring";

    public BackupSummary restore(Path archive, Path dataDir, DatabaseTarget database, boolean force) {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("There is no backup at " + archive);
        }
        refuseExistingSite(dataDir, database, force);
        try (ZipFile zip = open(archive)) {
            Manifest manifest = verified(archive, zip);
            if (force) {
                removeMediaAndSearchIndex(dataDir);
            }
            return extract(archive, zip, manifest, dataDir, database);
        } catch (IOException e) {
            throw new BackupException("Could not restore " + archive + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void refuseExistingSite(Path dataDir, DatabaseTarget database, boolean force) {
        if (force || !(database.holdsASite() || holdsMedia(dataDir))) {
            return;
        }
        throw new BackupException("The data directory " + dataDir + " or its database already holds a site (content"
                + " in the database, or media files). Restore into an empty folder and database, or add --force to replace that site's database,"
                + " media and search index with the backup.");
    }

    private static boolean holdsMedia(Path dataDir) {
        Path media = dataDir.resolve("media");
        if (!Files.isDirectory(media)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return true;
        }
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

    /** Writes the media into the data directory and hands the database to its target; undone on failure. */
    private static BackupSummary extract(Path archive, ZipFile zip, Manifest manifest, Path dataDir,
                                         DatabaseTarget database) throws IOException {
        List<Path> written = new ArrayList<>();
        Path root = dataDir.toAbsolutePath().normalize();
        Path databaseFile = root.resolve(DATABASE_DOWNLOAD);
        try {
            Files.createDirectories(root);
            long bytes = 0;
            for (Manifest.Entry expected : manifest.entries().values()) {
                Path target = expected.path().equals(Manifest.DATABASE) ? databaseFile
                        : root.resolve(expected.path()).normalize();
                if (!target.startsWith(root)) {
                    throw damaged(archive, "the entry name " + expected.path() + " leaves the data directory");
                }
                Files.createDirectories(target.getParent());
                written.add(target);
                try (InputStream in = zip.getInputStream(zip.getEntry(expected.path()));
                     OutputStream out = Files.newOutputStream(target)) {
                    // Checked again as written: the archive could have changed since it was verified.
                    check(archive, expected, HashingCopy.copy(expected.path(), in, out));
                }
                bytes += expected.size();
            }
            database.replaceWith(databaseFile);
            return new BackupSummary(manifest.entries().size(), bytes);
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        } finally {
            Files.deleteIfExists(databaseFile);
        }
    }

    /** Removes what a forced restore replaces besides the database: the media and the search index. */
    private static void removeMediaAndSearchIndex(Path dataDir) throws IOException {
        for (String folder : List.of("media", "search")) {
            Path tree = dataDir.resolve(folder);
            if (Files.exists(tree)) {
                try (Stream<Path> paths = Files.walk(tree)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static BackupException damaged(Path archive, String why) {
        return new BackupException("The backup " + archive + " is damaged: " + why + ". Nothing was restored;"
                + " use another copy of the backup.");
    }
}
