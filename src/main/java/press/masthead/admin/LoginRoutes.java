package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.LoginOutcome;
import press.masthead.accounts.Logins;
import press.masthead.accounts.Session;
import press.masthead.accounts.Sessions;
import press.masthead.web.Routes;

/** Logging in (password, then the two-factor code when the account has it) and out. */
public final class LoginRoutes implements Routes {
    private final Logins logins;
    private final Sessions sessions;
    private final AuditLog audit;
    private final AdminPages pages;
    private final SessionCookies cookies;

    public LoginRoutes(Logins logins, Sessions sessions, AuditLog audit, AdminPages pages, SessionCookies cookies) {
        this.logins = logins;
        this.sessions = sessions;
        this.audit = audit;
        this.pages = pages;
        this.cookies = cookies;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.ADMIN + "/login", this::form);
        routes.post(AdminGate.ADMIN + "/login", this::logIn);
        routes.get(AdminGate.ADMIN + "/login/two-factor", this::secondFactorForm);
        routes.post(AdminGate.ADMIN + "/login/two-factor", this::secondFactor);
        routes.post(AdminGate.ADMIN + "/logout", this::logOut);
    }

    private void form(Context ctx) {
        if (AdminGate.loggedIn(ctx).isPresent()) {
            ctx.redirect(Forms.safeNext(ctx.queryParam("next")));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("next", Forms.safeNext(ctx.queryParam("next")));
        model.put("loggedOut", ctx.queryParam("logged-out") != null);
        pages.render(ctx, "login", model);
    }

    private void logIn(Context ctx) {
        String email = Forms.field(ctx, "email");
        String next = Forms.safeNext(ctx.formParam("next"));
        LoginOutcome outcome = logins.logIn(email, Forms.field(ctx, "password"), ctx.ip());
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            cookies.set(ctx, in.session().id());
            ctx.redirect(in.secondFactorPending()
                    ? AdminGate.ADMIN + "/login/two-factor?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                    : next, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof LoginOutcome.Throttled throttled) {
            ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            refuse(ctx, 429, email, next, "Too many failed attempts from here; try again in "
                    + Waits.describe(throttled.retryAfter().toSeconds()) + ".");
        } else {
            refuse(ctx, 401, email, next, LoginOutcome.Refused.MESSAGE);
        }
    }

    private void refuse(Context ctx, int status, String email, String next, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("next", next);
        model.put("error", message);
        pages.render(ctx, status, "login", model);
    }

    private void secondFactorForm(Context ctx) {
        if (AdminGate.pendingSession(ctx).isEmpty()) {
            ctx.redirect(AdminGate.ADMIN + "/login");
            return;
        }
        pages.render(ctx, "two-factor", Map.of("next", Forms.safeNext(ctx.queryParam("next"))));
    }

    private void secondFactor(Context ctx) {
        Session pending = AdminGate.pendingSession(ctx).orElse(null);
        if (pending == null) {
            ctx.redirect(AdminGate.ADMIN + "/login", HttpStatus.SEE_OTHER);
            return;
        }
        String next = Forms.safeNext(ctx.formParam("next"));
        LoginOutcome outcome = logins.completeSecondFactor(pending, Forms.field(ctx, "code"), ctx.ip());
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            cookies.set(ctx, in.session().id());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof LoginOutcome.Throttled throttled) {
            ctx.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            pages.render(ctx, 429, "two-factor", Map.of("next", next, "error",
                    "Too many wrong codes; try again in " + Waits.describe(throttled.retryAfter().toSeconds()) + "."));
        } else {
            pages.render(ctx, 401, "two-factor", Map.of("next", next, "error", "That code is not right. Enter the"
                    + " newest code from your app, or one of your recovery codes."));
        }
    }

    private void logOut(Context ctx) {
        Principal principal = AdminGate.principal(ctx);
        sessions.end(principal.session());
        audit.record(principal.account(), "logout", principal.account().email(), "", ctx.ip());
        cookies.clear(ctx);
        ctx.redirect(AdminGate.ADMIN + "/login?logged-out", HttpStatus.SEE_OTHER);
    }
}
