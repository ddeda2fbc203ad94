package press.masthead.admin.tools;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.masthead.admin.AdminException;
import press.masthead.importer.wordpress.ImportOptions;

/**
 * An uploaded WordPress export with its options, from a multipart form (the admin page's, or a script's):
 * the file in the field {@code file}, and {@code dryRun} and {@code keepPermalinks} as checkboxes or
 * {@code true}/{@code false}.
 *
 * <p>The server streams the upload to a file in the data directory as it arrives (the multipart spool), never
 * holding it in memory, and there is no size limit: only admins may upload, and the exports of large news sites
 * run to gigabytes. The spooled file is moved, not copied, to the import's own spool.
 */
record ImportUpload(Path file, String name, long size, ImportOptions options) {
    static final String FILE = "file";
    static final String DRY_RUN = "dryRun";
    static final String KEEP_PERMALINKS = "keepPermalinks";
    private static final int LONGEST_NAME = 200;

    static ImportUpload receive(Context ctx, Path target) {
        if (!ctx.isMultipartFormData()) {
            throw new AdminException.Invalid(FILE, "Send the export as multipart/form-data, the file in a field named"
                    + " 'file'.");
        }
        UploadedFile uploaded = ctx.uploadedFile(FILE);
        if (uploaded == null || uploaded.size() == 0) {
            throw new AdminException.Invalid(FILE, "Choose a WordPress export file (.xml) to import; in WordPress it"
                    + " is under Tools, Export, All content.");
        }
        Map<String, List<String>> fields = ctx.formParamMap();
        ImportOptions options = new ImportOptions(null, flag(fields, KEEP_PERMALINKS), flag(fields, DRY_RUN));
        try {
            Part part = ctx.req().getPart(FILE);
            part.write(target.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload in " + target.getParent() + ": "
                    + e.getMessage(), e);
        } catch (ServletException e) {
            throw new AdminException.Invalid(FILE, "The upload could not be read: " + e.getMessage());
        }
        return new ImportUpload(target, nameOf(uploaded.filename()), uploaded.size(), options);
    }

    /** Removes the spooled file of an upload that will not be imported. */
    void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the import spool is cleared when the server starts again
        }
    }

    private static boolean flag(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        String value = values == null || values.isEmpty() ? "" : values.get(0).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false", "0", "off", "no" -> false;
            case "on", "true", "1", "yes" -> true;
            default -> throw new AdminException.Invalid(name, "'" + name + "' is true or false, not '" + value + "'.");
        };
    }

    /** The name the browser gave, without any folder, for the report and messages; never a path on the server. */
    private static String nameOf(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            return "upload.xml";
        }
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }
}
