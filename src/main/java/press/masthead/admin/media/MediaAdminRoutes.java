package press.masthead.admin.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Forms;
import press.masthead.admin.Principal;
import press.masthead.content.MediaItem;
import press.masthead.media.MediaDetails;
import press.masthead.web.Routes;

/**
 * {@code /admin/media}: the library with search and pages of thumbnails, the upload form (which asks for alt text),
 * and each file's page, where its details are changed and it is deleted.
 */
public final class MediaAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/media";

    private final MediaAdmin media;
    private final MediaUploadLimits limits;
    private final AdminPages pages;

    public MediaAdminRoutes(MediaAdmin media, MediaUploadLimits limits, AdminPages pages) {
        this.media = media;
        this.limits = limits;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> library(ctx, 200, Map.of()));
        routes.post(PATH, this::upload);
        routes.get(PATH + "/{id}", ctx -> item(ctx, 200, Map.of()));
        routes.post(PATH + "/{id}", this::update);
        routes.post(PATH + "/{id}/delete", this::delete);
    }

    private void library(Context ctx, int status, Map<String, Object> extra) {
        Principal who = AdminGate.principal(ctx);
        MediaAdmin.Listing listing = media.list(who, ctx.queryParam("q"), MediaApiRoutes.page(ctx));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("items", listing.items().stream().map(item -> MediaCard.of(item, MediaAdmin.mayChange(who, item)))
                .toList());
        model.put("query", listing.query());
        model.put("page", listing.page());
        model.put("pageCount", listing.pageCount());
        model.put("total", listing.total());
        model.put("queryParam", URLEncoder.encode(listing.query(), StandardCharsets.UTF_8));
        model.put("deleted", ctx.queryParam("deleted"));
        model.putIfAbsent("values", Map.of());
        model.put("maxBytes", limits.maxBytes());
        model.put("maxMb", limits.maxBytes() / (1024 * 1024));
        pages.render(ctx, status, "media/library", model);
    }

    private void upload(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        try {
            limits.receive(ctx, file -> upload(ctx, who, file));
        } catch (AdminException e) {
            refuse(ctx, e, Map.of());
        }
    }

    private void upload(Context ctx, Principal who, UploadedFile file) {
        Map<String, String> values = Map.of("alt", Forms.field(ctx, "alt"), "caption", Forms.field(ctx, "caption"),
                "title", Forms.field(ctx, "title"), "decorative", Forms.field(ctx, "decorative"));
        if (file == null || file.filename().isEmpty()) {
            refuse(ctx, new AdminException.Invalid("file", "Choose a file to upload."), values);
            return;
        }
        try (InputStream content = file.content()) {
            MediaItem item = media.upload(who, file.filename(), content, new MediaDetails(values.get("title"),
                    values.get("alt"), values.get("caption")), MediaApiRoutes.isTrue(values.get("decorative")),
                    ctx.ip());
            ctx.redirect(PATH + "/" + item.id() + "?saved=uploaded", HttpStatus.SEE_OTHER);
        } catch (AdminException e) {
            refuse(ctx, e, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the library again with the refusal beside its field and what was typed kept. */
    private void refuse(Context ctx, AdminException e, Map<String, String> values) {
        if (e.field() == null) {
            throw e;
        }
        library(ctx, e.status(), Map.of("errors", Map.of(e.field(), e.getMessage()), "values", values));
    }

    private void item(Context ctx, int status, Map<String, Object> extra) {
        Principal who = AdminGate.principal(ctx);
        MediaItem item = media.find(who, AdminPaths.id(ctx, "id"));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("item", MediaCard.of(item, MediaAdmin.mayChange(who, item)));
        model.put("variants", item.variants());
        model.put("createdAt", item.createdAt());
        model.put("saved", ctx.queryParam("saved"));
        model.putIfAbsent("values", Map.of("alt", item.alt(), "caption", item.caption(), "title", item.title()));
        pages.render(ctx, status, "media/item", model);
    }

    private void update(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        media.updateDetails(who, id, new MediaDetails(Forms.field(ctx, "title"), Forms.field(ctx, "alt"),
                Forms.field(ctx, "caption")));
        ctx.redirect(PATH + "/" + id + "?saved=details", HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        String name = MediaJson.fileName(media.find(who, id));
        try {
            media.delete(who, id, ctx.ip());
        } catch (AdminException.Conflict e) {
            item(ctx, 409, Map.of("refusal", e.getMessage(), "uses", e.details().getOrDefault("uses", List.of())));
            return;
        }
        ctx.redirect(PATH + "?deleted=" + URLEncoder.encode(name, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
