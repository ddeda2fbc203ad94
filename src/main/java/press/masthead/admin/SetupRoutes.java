package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.SetupLinks;
import press.masthead.web.Routes;

/** The one-time setup link's page: creates the first admin account, then sends them to log in. */
public final class SetupRoutes implements Routes {
    private final SetupLinks setupLinks;
    private final AuditLog audit;
    private final AdminPages pages;

    public SetupRoutes(SetupLinks setupLinks, AuditLog audit, AdminPages pages) {
        this.setupLinks = setupLinks;
        this.audit = audit;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.ADMIN + "/setup", this::form);
        routes.post(AdminGate.ADMIN + "/setup", this::create);
    }

    private void form(Context ctx) {
        String token = ctx.queryParam("token");
        if (!setupLinks.isUsable(token)) {
            throw expired();
        }
        pages.render(ctx, "setup", Map.of("token", token));
    }

    private void create(Context ctx) {
        String token = Forms.field(ctx, "token");
        if (!setupLinks.isUsable(token)) {
            throw expired();
        }
        String email = Forms.field(ctx, "email");
        String name = Forms.field(ctx, "name");
        try {
            Account admin = setupLinks.createFirstAdmin(token, email, name, Forms.field(ctx, "password"));
            audit.record(admin, "account.created", admin.email(), "first admin, through the setup link", ctx.ip());
            ctx.redirect(AdminGate.ADMIN + "/login?next=" + AdminGate.ADMIN + "/", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("token", token);
            model.put("email", email);
            model.put("name", name);
            model.put("errors", Map.of(e.field(), e.getMessage()));
            pages.render(ctx, 400, "setup", model);
        }
    }

    private static AdminException expired() {
        return new AdminException.NotFound("This setup link has expired, was already used, or the site already has an"
                + " admin. Restart Masthead for a new link, or create an account with 'masthead user add'.");
    }
}
