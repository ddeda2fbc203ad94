package press.masthead.admin.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Principal;
import press.masthead.content.MediaItem;
import press.masthead.media.MediaDetails;
import press.masthead.web.Routes;

/** The Admin API's {@code /media}: upload (multipart), list and search, one file, its details, delete. */
public final class MediaApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/media";

    private final MediaAdmin media;
    private final MediaUploadLimits limits;

    public MediaApiRoutes(MediaAdmin media, MediaUploadLimits limits) {
        this.media = media;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::upload);
        routes.get(PATH + "/{id}", this::show);
        routes.patch(PATH + "/{id}", this::update);
        routes.delete(PATH + "/{id}", this::delete);
    }

    /** A PATCH body: the fields it names change, the others stay. */
    record DetailsChange(String alt, String caption, String title) {
    }

    private void list(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        MediaAdmin.Listing listing = media.list(who, ctx.queryParam("q"), page(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", listing.items().stream().map(item -> MediaJson.of(item, who)).toList());
        body.put("query", listing.query());
        body.put("page", listing.page());
        body.put("pageCount", listing.pageCount());
        body.put("perPage", MediaAdmin.PER_PAGE);
        body.put("total", listing.total());
        AdminJson.send(ctx, body);
    }

    private void upload(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        limits.receive(ctx, file -> {
            if (file == null) {
                throw new AdminException.Invalid("file", "Send the file as multipart/form-data in a field named"
                        + " 'file'.");
            }
            MediaDetails details = new MediaDetails(ctx.formParam("title"), ctx.formParam("alt"),
                    ctx.formParam("caption"));
            try (InputStream content = file.content()) {
                MediaItem item = media.upload(who, file.filename(), content, details,
                        isTrue(ctx.formParam("decorative")), ctx.ip());
                ctx.header("Location", PATH + "/" + item.id());
                AdminJson.send(ctx, 201, MediaJson.of(item, who));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void show(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        AdminJson.send(ctx, MediaJson.of(media.find(who, AdminPaths.id(ctx, "id")), who));
    }

    private void update(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        DetailsChange change = AdminJson.read(ctx, DetailsChange.class);
        MediaItem item = media.find(who, id);
        MediaDetails details = new MediaDetails(or(change.title(), item.title()), or(change.alt(), item.alt()),
                or(change.caption(), item.caption()));
        AdminJson.send(ctx, MediaJson.of(media.updateDetails(who, id, details), who));
    }

    private void delete(Context ctx) {
        media.delete(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.status(204);
    }

    /** The {@code page} parameter, 1 when absent; anything but a whole number from 1 up is a 400. */
    static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < 1) {
            throw new AdminException.Invalid("page", "'" + value + "' is not a page number; pages count from 1.");
        }
        return Integer.parseInt(value);
    }

    /** A form's checkbox or a script's flag: "true", "on" (a ticked box) or "1". */
    static boolean isTrue(String value) {
        return "true".equals(value) || "on".equals(value) || "1".equals(value);
    }

    private static String or(String changed, String current) {
        return changed == null ? current : changed;
    }
}
