package press.masthead.admin.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.media.MediaUploads;
import press.masthead.web.Routes;

/**
 * How the web server receives an upload to the media library: an upload that announces more than the library takes
 * is refused with 413 before a byte of it is read, and one that announces no length with 411; any other is streamed
 * to files in {@code DATA/uploads/} (never held in memory), which Jetty deletes when the request ends. These routes
 * must come before {@link AdminGate}'s, since the gate reads a form's CSRF field, and so the upload, before any
 * handler runs.
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
        if (declared < 0) {
            // Refused unread rather than cut off at the limit, which could only be told as a broken form.
            throw new AdminException(411, "length_required", "file", "Send the upload with a Content-Length"
                    + " header (browsers and curl do); an upload sent in chunks of unknown length is not taken.");
        }
        if (declared > multipart.getMaxRequestSize()) {
            discardBody(ctx, Math.min(declared, 4 * uploads.maxBytes()));
            throw tooLarge(declared);
        }
        ctx.attribute(MULTIPART_CONFIG, multipart);
    }

    long maxBytes() {
        return uploads.maxBytes();
    }

    /**
     * Hands the uploaded file of a request these routes prepared (null when the form has none) to {@code use}, and
     * then deletes the parts Jetty spooled, before the answer goes out. A body that is not a well-formed multipart
     * form is a 400.
     */
    void receive(Context ctx, Consumer<UploadedFile> use) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {
            // Jetty throws ServletException, which Java code cannot name here.
            throw new AdminException.Invalid("file", "The upload could not be read: it was cut short or is not a"
                    + " multipart form. Try again, sending the file in a form field named 'file'.");
        }
        try {
            use.accept(file);
        } finally {
            deleteParts(ctx);
        }
    }

    private static void deleteParts(Context ctx) {
        try {
            for (Part part : ctx.req().getParts()) {
                part.delete();
            }
        } catch (IOException | ServletException e) {
            // Jetty deletes what is left when the request ends.
        }
    }

    /**
     * Reads what the client sends without keeping it: an HTTP/1.1 client sends its whole body before it reads the
     * answer, and a connection closed under it would lose the 413. Past {@code most} bytes it may lose it.
     */
    private static void discardBody(Context ctx, long most) {
        try (InputStream body = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (long read = 0; read < most; ) {
                int n = body.read(buffer);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            // The client went away; nobody is left to answer.
        }
    }

    private AdminException tooLarge(long declared) {
        return new AdminException.TooLarge("file", uploads.refuseOversized(declared).getMessage());
    }
}
