package press.masthead.admin.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.media.MediaUploads;
import press.masthead.web.Routes;

/**
 * How the web server receives an upload to the media library: an upload that announces more than the library takes
 * is refused with 413 before a byte of it is read; any other is streamed to files in {@code DATA/uploads/} (never
 * held in memory), and the server stops reading one that turns out longer than it said. These routes must come
 * before {@link AdminGate}'s, since the gate reads a form's CSRF field, and so the upload, before any handler runs.
 */
public final class MediaUploadLimits implements Routes {
    /** Where Jetty looks for a request's multipart settings before it reads the parts. */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    /** Room for the form's other fields (alt text, caption, title, CSRF token) beside the file. */
    private static final long FIELDS = 64 * 1024;
    /** Parts up to this size (the text fields) stay in memory; larger ones go to a file as they arrive. */
    private static final int IN_MEMORY = 16 * 1024;

    private final MediaUploads uploads;
    private final MultipartConfigElement multipart;

    public MediaUploadLimits(MediaUploads uploads, Path spoolDir) {
        this.uploads = uploads;
        try {
            Files.createDirectories(spoolDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the folder for uploads " + spoolDir + ": "
                    + e.getMessage(), e);
        }
        long most = uploads.maxBytes() + FIELDS;
        this.multipart = new MultipartConfigElement(spoolDir.toString(), most, most, IN_MEMORY);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(AdminGate.API + "/media", this::limit);
        routes.before(AdminGate.ADMIN + "/media", this::limit);
    }

    private void limit(Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > multipart.getMaxRequestSize()) {
            throw tooLarge(declared);
        }
        ctx.attribute(MULTIPART_CONFIG, multipart);
    }

    long maxBytes() {
        return uploads.maxBytes();
    }

    /**
     * The uploaded file of a request these routes prepared, or null when the form has none. A body the server
     * stopped reading (longer than it said, or sent in chunks past the limit) is a 413; a body that is no
     * well-formed multipart form, a 400.
     */
    UploadedFile file(Context ctx) {
        try {
            return ctx.uploadedFile("file");
        } catch (Exception e) {
            throw unreadable(e);
        }
    }

    /** The refusal for a multipart body Jetty could not read. */
    AdminException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null
                    && (message.startsWith("max file size exceeded") || message.startsWith("max length exceeded"))) {
                return tooLarge(-1);
            }
        }
        return new AdminException.Invalid("file", "The upload could not be read: it was cut short or is not a"
                + " multipart form. Try again, sending the file in a form field named 'file'.");
    }

    AdminException tooLarge(long declared) {
        return new AdminException.TooLarge("file", uploads.refuseOversized(declared).getMessage());
    }
}
