package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import press.masthead.accounts.Account;
import press.masthead.accounts.ApiToken;
import press.masthead.accounts.ApiTokens;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Permissions;
import press.masthead.web.Routes;

/**
 * The Admin API's view of the caller: who they are and what they may do ({@code /me}), and their personal API
 * tokens.
 */
public final class AccountApiRoutes implements Routes {
    private final ApiTokens tokens;
    private final OwnTokens ownTokens;

    public AccountApiRoutes(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.ownTokens = new OwnTokens(tokens, audit);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.API + "/me", this::me);
        routes.get(AdminGate.API + "/tokens", this::list);
        routes.post(AdminGate.API + "/tokens", this::create);
        routes.delete(AdminGate.API + "/tokens/{id}", this::revoke);
    }

    record Me(long id, String email, String name, String role, Long authorId, boolean twoFactor,
              List<String> permissions) {
    }

    record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.revokedAt());
        }
    }

    record NewToken(String name) {
    }

    private void me(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        List<String> permissions = new TreeSet<>(Permissions.of(me.role()).stream().map(Permission::name).toList())
                .stream().toList();
        AdminJson.send(ctx, new Me(me.id(), me.email(), me.name(), me.role().code(), me.authorId(), me.hasTwoFactor(),
                permissions));
    }

    private void list(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        AdminJson.send(ctx, Map.of("tokens", tokens.forAccount(me.id()).stream().map(TokenView::of).toList()));
    }

    private void create(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        NewToken request = AdminJson.read(ctx, NewToken.class);
        ApiTokens.Created created = ownTokens.create(me, request.name(), ctx.ip());
        AdminJson.send(ctx, 201, Map.of("token", created.token(), "record", TokenView.of(created.record())));
    }

    private void revoke(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        ownTokens.revoke(me, AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.status(204);
    }
}
