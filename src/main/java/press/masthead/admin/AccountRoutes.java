package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.Accounts;
import press.masthead.accounts.ApiTokens;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Passwords;
import press.masthead.accounts.Sessions;
import press.masthead.accounts.TwoFactor;
import press.masthead.web.Routes;

/**
 * The logged-in person's own account: password, two-factor codes, logging out everywhere, personal API tokens.
 */
public final class AccountRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/account";

    private final Accounts accounts;
    private final Sessions sessions;
    private final TwoFactor twoFactor;
    private final ApiTokens tokens;
    private final OwnTokens ownTokens;
    private final AuditLog audit;
    private final AdminPages pages;
    private final SessionCookies cookies;

    public AccountRoutes(Accounts accounts, Sessions sessions, TwoFactor twoFactor, ApiTokens tokens, AuditLog audit,
                         AdminPages pages, SessionCookies cookies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.tokens = tokens;
        this.ownTokens = new OwnTokens(tokens, audit);
        this.audit = audit;
        this.pages = pages;
        this.cookies = cookies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200, Map.of()));
        routes.post(PATH + "/password", this::changePassword);
        routes.post(PATH + "/two-factor/start", this::startTwoFactor);
        routes.post(PATH + "/two-factor/enable", this::enableTwoFactor);
        routes.post(PATH + "/two-factor/disable", this::disableTwoFactor);
        routes.post(PATH + "/sessions/end-all", this::endAllSessions);
        routes.post(PATH + "/tokens", this::createToken);
        routes.post(PATH + "/tokens/{id}/revoke", this::revokeToken);
    }

    private void show(Context ctx, int status, Map<String, Object> extra) {
        Account me = AdminGate.principal(ctx).account();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("tokens", tokens.forAccount(me.id()));
        model.put("saved", ctx.queryParam("saved"));
        pages.render(ctx, status, "account", model);
    }

    private void changePassword(Context ctx) {
        Principal principal = AdminGate.principal(ctx);
        Account me = principal.account();
        if (!Passwords.matches(Forms.field(ctx, "current"), me.passwordHash())) {
            show(ctx, 400, Map.of("errors", Map.of("current", "is not your current password")));
            return;
        }
        String password = Forms.field(ctx, "password");
        if (!password.equals(Forms.field(ctx, "confirm"))) {
            show(ctx, 400, Map.of("errors", Map.of("confirm", "does not match the new password")));
            return;
        }
        try {
            accounts.changePassword(me.id(), password);
        } catch (AccountException e) {
            show(ctx, 400, Map.of("errors", Map.of(e.field(), e.getMessage())));
            return;
        }
        // Other browsers logged in with the old password are logged out; this one stays in.
        sessions.endAll(me.id());
        cookies.restart(ctx, me);
        audit.record(me, "account.password_changed", me.email(), "", ctx.ip());
        ctx.redirect(PATH + "?saved=password", HttpStatus.SEE_OTHER);
    }

    private void startTwoFactor(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        String secret = twoFactor.newSecret();
        String uri = TwoFactor.otpauthUri(pages.siteTitle(), me.email(), secret);
        show(ctx, 200, Map.of("pendingSecret", secret, "qrSvg", TwoFactor.qrSvg(uri)));
    }

    private void enableTwoFactor(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        String secret = Forms.field(ctx, "secret");
        try {
            List<String> codes = twoFactor.enable(me.id(), secret, Forms.field(ctx, "code"));
            audit.record(me, "account.two_factor_enabled", me.email(), "", ctx.ip());
            show(ctx, 200, Map.of("recoveryCodes", codes));
        } catch (AccountException e) {
            String uri = TwoFactor.otpauthUri(pages.siteTitle(), me.email(), secret);
            show(ctx, 400, Map.of("pendingSecret", secret, "qrSvg", TwoFactor.qrSvg(uri),
                    "errors", Map.of(e.field(), e.getMessage())));
        }
    }

    private void disableTwoFactor(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        if (!Passwords.matches(Forms.field(ctx, "current"), me.passwordHash())) {
            show(ctx, 400, Map.of("errors", Map.of("disableCurrent", "is not your current password")));
            return;
        }
        twoFactor.disable(me.id());
        audit.record(me, "account.two_factor_disabled", me.email(), "", ctx.ip());
        ctx.redirect(PATH + "?saved=two-factor-off", HttpStatus.SEE_OTHER);
    }

    private void endAllSessions(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        int ended = sessions.endAll(me.id());
        audit.record(me, "account.logged_out_everywhere", me.email(), ended + " sessions", ctx.ip());
        cookies.clear(ctx);
        ctx.redirect(AdminGate.ADMIN + "/login?logged-out", HttpStatus.SEE_OTHER);
    }

    private void createToken(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        try {
            ApiTokens.Created created = ownTokens.create(me, Forms.field(ctx, "name"), ctx.ip());
            show(ctx, 200, Map.of("newToken", created.token()));
        } catch (AccountException e) {
            show(ctx, 400, Map.of("errors", Map.of("tokenName", e.getMessage())));
        }
    }

    private void revokeToken(Context ctx) {
        Account me = AdminGate.principal(ctx).account();
        ownTokens.revoke(me, AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.redirect(PATH + "?saved=token-revoked", HttpStatus.SEE_OTHER);
    }
}
