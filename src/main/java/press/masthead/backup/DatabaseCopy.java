package press.masthead.backup;

import java.nio.file.Path;

/** Writes a consistent copy of the site's database to a file, also while the site is serving. */
@FunctionalInterface
public interface DatabaseCopy {
    void copyTo(Path target);
}
