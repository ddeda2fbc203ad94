package press.masthead.admin.tools;

import java.nio.file.Path;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.importer.wordpress.WxrFormatException;
import press.masthead.output.ExportProgress;

/** Runs one WordPress import, for real or as a dry run, as the command line does. */
@FunctionalInterface
public interface WordPressImport {
    /**
     * @param shownAs how the report and errors name the file
     * @throws WxrFormatException when the file is not a well-formed WordPress export; nothing was saved then
     */
    ImportReport run(Path file, String shownAs, ImportOptions options, ExportProgress progress);
}
