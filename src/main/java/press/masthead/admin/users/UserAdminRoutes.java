package press.masthead.admin.users;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Role;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Forms;
import press.masthead.admin.Principal;
import press.masthead.web.Routes;

/** {@code /admin/users}: the accounts, a form to add one, and a page per account to re-role, reset or delete it. */
public final class UserAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/users";

    private final UserAdmin users;
    private final AdminPages views;

    public UserAdminRoutes(UserAdmin users, AdminPages views) {
        this.users = users;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_USERS));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_USERS));
        routes.get(PATH, ctx -> list(ctx, 200, Map.of()));
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", ctx -> edit(ctx, 200, Map.of()));
        routes.post(PATH + "/{id}", this::update);
        routes.post(PATH + "/{id}/password", this::resetPassword);
        routes.post(PATH + "/{id}/delete", this::delete);
    }

    private void list(Context ctx, int status, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("users", users.all(AdminGate.principal(ctx)));
        model.put("roles", roles());
        model.put("done", ctx.queryParam("done"));
        views.render(ctx, status, "users/list", model);
    }

    private void create(Context ctx) {
        Map<String, String> typed = Map.of("email", Forms.field(ctx, "email"), "name", Forms.field(ctx, "name"),
                "role", Forms.field(ctx, "role"));
        try {
            users.create(AdminGate.principal(ctx), typed.get("email"), typed.get("name"), typed.get("role"),
                    Forms.field(ctx, "password"), ctx.ip());
            ctx.redirect(PATH + "?done=created", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            list(ctx, 400, Map.of("input", typed, "errors", Map.of(e.field(), e.getMessage())));
        }
    }

    private void edit(Context ctx, int status, Map<String, Object> extra) {
        Principal who = AdminGate.principal(ctx);
        Account account = users.find(who, AdminPaths.id(ctx, "id"));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("account", account);
        model.putIfAbsent("input", Map.of("name", account.name(), "role", account.role().code()));
        model.put("roles", roles());
        model.put("self", account.id() == who.account().id());
        model.put("done", ctx.queryParam("done"));
        views.render(ctx, status, "users/edit", model);
    }

    private void update(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        Map<String, String> typed = Map.of("name", Forms.field(ctx, "name"), "role", Forms.field(ctx, "role"));
        try {
            users.update(AdminGate.principal(ctx), id, typed.get("name"), typed.get("role"), ctx.ip());
            ctx.redirect(PATH + "/" + id + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            edit(ctx, 400, Map.of("input", typed, "errors", Map.of(e.field(), e.getMessage())));
        }
    }

    private void resetPassword(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            users.resetPassword(AdminGate.principal(ctx), id, Forms.field(ctx, "password"), ctx.ip());
            ctx.redirect(PATH + "/" + id + "?done=password", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            edit(ctx, 400, Map.of("errors", Map.of("password", e.getMessage())));
        }
    }

    private void delete(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            users.delete(AdminGate.principal(ctx), id, ctx.ip());
            ctx.redirect(PATH + "?done=deleted", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            edit(ctx, 400, Map.of("errors", Map.of("delete", e.getMessage())));
        }
    }

    private static List<String> roles() {
        return List.of(Role.values()).stream().map(Role::code).toList();
    }
}
