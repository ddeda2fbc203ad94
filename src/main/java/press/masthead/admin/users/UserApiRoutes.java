package press.masthead.admin.users;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import press.masthead.accounts.Account;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.web.Routes;

/** {@code /api/v1/admin/users}: accounts, for admins only. */
public final class UserApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/users";

    private final UserAdmin users;

    public UserApiRoutes(UserAdmin users) {
        this.users = users;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_USERS));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_USERS));
        routes.get(PATH, ctx -> AdminJson.send(ctx,
                Map.of("users", users.all(AdminGate.principal(ctx)).stream().map(UserView::of).toList())));
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", ctx -> AdminJson.send(ctx, UserView.of(users.find(AdminGate.principal(ctx), id(ctx)))));
        routes.put(PATH + "/{id}", this::update);
        routes.post(PATH + "/{id}/password", this::resetPassword);
        routes.delete(PATH + "/{id}", this::delete);
    }

    /** An account without its secrets. */
    record UserView(long id, String email, String name, String role, Long authorId, boolean twoFactor,
                    boolean canLogIn, Instant createdAt) {
        static UserView of(Account a) {
            return new UserView(a.id(), a.email(), a.name(), a.role().code(), a.authorId(), a.hasTwoFactor(),
                    a.canLogIn(), a.createdAt());
        }
    }

    record NewUser(String email, String name, String role, String password) {
    }

    record UserChange(String name, String role) {
    }

    record NewPassword(String password) {
    }

    private void create(Context ctx) {
        NewUser input = AdminJson.read(ctx, NewUser.class);
        Account created = users.create(AdminGate.principal(ctx), input.email(), input.name(), input.role(),
                input.password(), ctx.ip());
        AdminJson.send(ctx, 201, UserView.of(created));
    }

    private void update(Context ctx) {
        long id = id(ctx);
        UserChange input = AdminJson.read(ctx, UserChange.class);
        AdminJson.send(ctx, UserView.of(users.update(AdminGate.principal(ctx), id, input.name(), input.role(), ctx.ip())));
    }

    private void resetPassword(Context ctx) {
        long id = id(ctx);
        users.resetPassword(AdminGate.principal(ctx), id, AdminJson.read(ctx, NewPassword.class).password(), ctx.ip());
        ctx.status(204);
    }

    private void delete(Context ctx) {
        users.delete(AdminGate.principal(ctx), id(ctx), ctx.ip());
        ctx.status(204);
    }

    private static long id(Context ctx) {
        return AdminPaths.id(ctx, "id");
    }
}
