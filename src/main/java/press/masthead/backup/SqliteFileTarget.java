package press.masthead.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Restores into the SQLite file of a data directory by putting the backup's file in its place. */
public final class SqliteFileTarget implements DatabaseTarget {
    private final Path databaseFile;

    public SqliteFileTarget(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    /** The database file a data directory holds by default. */
    public static SqliteFileTarget in(Path dataDir) {
        return new SqliteFileTarget(dataDir.resolve(Manifest.DATABASE));
    }

    @Override
    public boolean holdsASite() {
        return Files.exists(databaseFile);
    }

    /** The old file's write-ahead log and shared memory go too: they belong to the database being replaced. */
    @Override
    public void replaceWith(Path backupFile) throws IOException {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(databaseFile.resolveSibling(databaseFile.getFileName() + suffix));
        }
        Files.move(backupFile, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
