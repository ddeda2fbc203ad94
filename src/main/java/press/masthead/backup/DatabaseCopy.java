package press.masthead.backup;

import java.nio.file.Path;

/**
 * Writes a consistent copy of the site's database to a new SQLite file, also while the site is serving; a site on
 * PostgreSQL is copied into SQLite too, so that every backup restores into either database.
 */
@FunctionalInterface
public interface DatabaseCopy {
    void copyTo(Path target);
}
