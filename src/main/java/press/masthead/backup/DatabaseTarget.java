package press.masthead.backup;

import java.io.IOException;
import java.nio.file.Path;

/** Where a restore puts a backup's database: the SQLite file of a data directory, or a database server. */
public interface DatabaseTarget {
    /** True when the target already holds a site, which a restore replaces only when forced. */
    boolean holdsASite();

    /**
     * Replaces whatever the target holds with the backup's database, an SQLite file that has passed its checksum;
     * the file may be moved or left for the caller to delete.
     */
    void replaceWith(Path databaseFile) throws IOException;
}
