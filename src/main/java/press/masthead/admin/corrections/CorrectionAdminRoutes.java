package press.masthead.admin.corrections;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Forms;
import press.masthead.content.InvalidContentException;
import press.masthead.web.Routes;

/** {@code /admin/corrections}: recent notes with their earlier wordings, and the forms to add or amend one. */
public final class CorrectionAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/corrections";

    private final CorrectionAdmin corrections;
    private final AdminPages views;

    public CorrectionAdminRoutes(CorrectionAdmin corrections, AdminPages views) {
        this.corrections = corrections;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_CORRECTIONS));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_CORRECTIONS));
        routes.get(PATH, ctx -> list(ctx, 200, Map.of()));
        routes.post(PATH, this::add);
        routes.post(PATH + "/{id}/amend", this::amend);
    }

    private void list(Context ctx, int status, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("list", corrections.recent(AdminGate.principal(ctx), CorrectionApiRoutes.page(ctx.queryParam("page"))));
        model.put("done", ctx.queryParam("done"));
        model.putIfAbsent("input", Map.of("article", ctx.queryParam("article") == null ? "" : ctx.queryParam("article"),
                "kind", "correction", "text", ""));
        views.render(ctx, status, "corrections/list", model);
    }

    private void add(Context ctx) {
        Map<String, String> typed = Map.of("article", Forms.field(ctx, "article"), "kind", Forms.field(ctx, "kind"),
                "text", Forms.field(ctx, "text"));
        try {
            corrections.add(AdminGate.principal(ctx), typed.get("article"), typed.get("kind"), typed.get("text"), ctx.ip());
            ctx.redirect(PATH + "?done=added", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            list(ctx, 400, Map.of("input", typed, "errors", Map.of(e.field(), e.reason())));
        }
    }

    private void amend(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        String text = Forms.field(ctx, "text");
        try {
            corrections.amend(AdminGate.principal(ctx), id, text, ctx.ip());
            ctx.redirect(PATH + "?done=amended", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            // Every note on the list has its own amend form; the message goes beside the one that was sent.
            list(ctx, 400, Map.of("errors", Map.of("amend-" + id, e.reason()), "amending", id, "amendText", text));
        }
    }
}
