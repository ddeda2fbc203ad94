package press.masthead.importer.wordpress;

import java.nio.file.Path;

/**
 * How to import: where the old site's uploads are (a copy of {@code wp-content/uploads}, or null), whether to
 * switch the site's article URL pattern to the old structure so that post URLs stay as they were, and whether this
 * is a dry run, which copies no file and saves no report.
 */
public record ImportOptions(Path mediaDir, boolean keepPermalinks, boolean dryRun) {
}
