package press.masthead.search;

import java.nio.file.Path;

/** Another Masthead process holds the search index, so this one can neither update nor rebuild it. */
public final class SearchIndexBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SearchIndexBusyException(Path indexDir, Throwable cause) {
        super("The search index in " + indexDir + " is in use by another Masthead process (a running server?)."
                + " Stop that process first, or let the server rebuild the index itself.", cause);
    }
}
