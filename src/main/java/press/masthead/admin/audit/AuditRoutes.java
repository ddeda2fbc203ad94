package press.masthead.admin.audit;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPages;
import press.masthead.web.Routes;

/** {@code GET /api/v1/admin/audit?page=N} and the page {@code /admin/audit?page=N}. */
public final class AuditRoutes implements Routes {
    private static final String API = AdminGate.API + "/audit";
    private static final String PAGE = AdminGate.ADMIN + "/audit";

    private final AuditPages audit;
    private final AdminPages views;

    public AuditRoutes(AuditPages audit, AdminPages views) {
        this.audit = audit;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(API, ctx -> AdminGate.principal(ctx).require(Permission.VIEW_AUDIT_LOG));
        routes.before(PAGE, ctx -> AdminGate.principal(ctx).require(Permission.VIEW_AUDIT_LOG));
        routes.get(API, ctx -> AdminJson.send(ctx, audit.page(AdminGate.principal(ctx), ctx.queryParam("page"))));
        routes.get(PAGE, ctx -> views.render(ctx, "audit/list",
                Map.of("log", audit.page(AdminGate.principal(ctx), ctx.queryParam("page")))));
    }
}
