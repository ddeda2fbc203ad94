package press.masthead.admin.corrections;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.web.Routes;

/** {@code /api/v1/admin/corrections}: recent notes (paged), adding one and amending one. */
public final class CorrectionApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/corrections";

    private final CorrectionAdmin corrections;

    public CorrectionApiRoutes(CorrectionAdmin corrections) {
        this.corrections = corrections;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_CORRECTIONS));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_CORRECTIONS));
        routes.get(PATH, ctx -> AdminJson.send(ctx,
                corrections.recent(AdminGate.principal(ctx), page(ctx.queryParam("page")))));
        routes.post(PATH, this::add);
        routes.post(PATH + "/{id}/amend", this::amend);
    }

    /** {@code article} is the article's id or slug; {@code kind} is correction, clarification or update. */
    record NewNote(String article, String kind, String text) {
    }

    record Amendment(String text) {
    }

    private void add(Context ctx) {
        NewNote note = AdminJson.read(ctx, NewNote.class);
        AdminJson.send(ctx, 201, corrections.add(AdminGate.principal(ctx), note.article(), note.kind(), note.text(),
                ctx.ip()));
    }

    private void amend(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        Amendment amendment = AdminJson.read(ctx, Amendment.class);
        AdminJson.send(ctx, 201, corrections.amend(AdminGate.principal(ctx), id, amendment.text(), ctx.ip()));
    }

    /** A page number from the query; absent is the first, anything but a whole number is a 400. */
    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!value.strip().matches("[0-9]{1,6}")) {
            throw new AdminException.Invalid("page", "'" + value + "' is not a page number");
        }
        return Integer.parseInt(value.strip());
    }
}
