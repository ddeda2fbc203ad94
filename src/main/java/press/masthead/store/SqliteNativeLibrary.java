package press.masthead.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;
import press.masthead.files.AtomicFiles;

/**
 * Keeps the SQLite driver's native library in the data directory, copied out of the jar once per driver build.
 * Left to itself, the driver writes a fresh copy to the system's temporary folder on every start and reads it back
 * byte by byte to compare: a tenth of a second of every start, and files outside the data directory. The driver
 * loads the library from the folder its {@code org.sqlite.lib.path} property names, and extracts it as before when
 * that fails, so a copy that cannot be made or loaded costs nothing but the time saved.
 */
public final class SqliteNativeLibrary {
    private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String COPY_PREFIX = "sqlitejdbc-";

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver at its library's copy in {@code folder}, making the copy first when there is none of this
     * build. Does nothing when whoever started Masthead chose a library with {@code -Dorg.sqlite.lib.path}, or once
     * this process chose one: the driver loads its library once per process.
     */
    public static void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String entry = "org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try {
            Optional<Path> driverJar = driverJar();
            if (driverJar.isEmpty()) {
                return;
            }
            Optional<Path> copy = copyOf(driverJar.get(), entry, folder);
            if (copy.isPresent()) {
                System.setProperty(NAME_PROPERTY, copy.get().getFileName().toString());
                System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not keep SQLite's native library in {} ({}); the driver extracts it to the temporary"
                    + " folder instead", folder, e.toString());
        }
    }

    /**
     * The copy in {@code folder} of {@code entry} of {@code jar}, made when there is none. A copy is named after the
     * entry's checksum, so that another build of the driver gets a copy of its own, and copies of other builds are
     * removed when a new one is made. Empty when the jar has no such entry.
     */
    static Optional<Path> copyOf(Path jar, String entry, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry library = zip.getEntry(entry);
            if (library == null || library.getCrc() < 0 || library.getSize() < 0) {
                return Optional.empty();
            }
            String fileName = library.getName().substring(library.getName().lastIndexOf('/') + 1);
            Path copy = folder.resolve(COPY_PREFIX + String.format("%08x", library.getCrc()) + "-" + fileName);
            if (Files.isRegularFile(copy) && Files.size(copy) == library.getSize()) {
                return Optional.of(copy);
            }
            Files.createDirectories(folder);
            AtomicFiles.replace(copy, partial -> {
                CRC32 checksum = new CRC32();
                try (InputStream in = new CheckedInputStream(zip.getInputStream(library), checksum)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                if (checksum.getValue() != library.getCrc() || Files.size(partial) != library.getSize()) {
                    throw new IOException("the copy of " + entry + " from " + jar + " differs from the original");
                }
            });
            removeOtherCopies(folder, copy);
            return Optional.of(copy);
        }
    }

    /** The jar the driver is loaded from; empty when its classes come from a folder. */
    private static Optional<Path> driverJar() {
        CodeSource source = SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * After an upgrade of the driver. A copy that cannot go (a process still running the old driver has it open, on
     * a system that keeps open files) stays until a later upgrade: it is only disk space.
     */
    private static void removeOtherCopies(Path folder, Path keep) {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, COPY_PREFIX + "*")) {
            for (Path other : copies) {
                if (!other.equals(keep)) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException e) {
            log.debug("Left an older copy of SQLite's native library in {}: {}", folder, e.toString());
        }
    }
}
