package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.content.InvalidContentException;
import press.masthead.content.SlugTakenException;
import press.masthead.accounts.AccountStore;
import press.masthead.accounts.ApiTokens;
import press.masthead.accounts.Secrets;
import press.masthead.accounts.Session;
import press.masthead.accounts.Sessions;
import press.masthead.web.Routes;

/**
 * The door every admin request goes through, before any admin handler runs: the admin's security headers, who is
 * asking (a session cookie or a bearer token), and for every change a same-origin Origin or Referer plus the
 * session's CSRF token. Pages that work without a login (the login form, the setup link, assets) are listed here.
 */
public final class AdminGate implements Routes {
    public static final String ADMIN = "/admin";
    public static final String API = "/api/v1/admin";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "masthead.principal";
    private static final String PENDING_SESSION = "masthead.pendingSession";
    private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Reachable without being logged in. */
    private static final Set<String> OPEN_PATHS = Set.of(ADMIN + "/login", ADMIN + "/login/two-factor", ADMIN + "/setup");
    private final Sessions sessions;
    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final Supplier<String> baseUrl;
    private final AdminErrors errors;

    public AdminGate(Sessions sessions, AccountStore accounts, ApiTokens tokens, Supplier<String> baseUrl,
                     AdminPages pages) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.errors = new AdminErrors(pages);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ADMIN, this::check);
        routes.before(ADMIN + "/*", this::check);
        routes.before(API + "/*", this::check);
        routes.get(ADMIN, ctx -> ctx.redirect(ADMIN + "/", HttpStatus.MOVED_PERMANENTLY));
        routes.exception(AdminException.class, errors::answer);
        routes.exception(InvalidContentException.class, errors::invalidContent);
        routes.exception(SlugTakenException.class, errors::slugTaken);
        routes.exception(AccountException.class, errors::invalidAccount);
    }

    /** The account behind this request; only admin handlers call it, after the gate let the request through. */
    public static Principal principal(Context ctx) {
        return loggedIn(ctx).orElseThrow(AdminException.NotLoggedIn::new);
    }

    /** The account behind this request when it is logged in, for pages that also serve visitors (the login form). */
    static Optional<Principal> loggedIn(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The session that passed the password but still waits for its two-factor code, if this request has one. */
    static Optional<Session> pendingSession(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PENDING_SESSION));
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith(API + "/") || ctx.path().equals(API);
    }

    private void check(Context ctx) {
        AdminHeaders.apply(ctx);
        boolean api = isApi(ctx);
        String authorization = ctx.header("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Account account = tokens.authenticate(authorization.substring(7).strip())
                    .orElseThrow(AdminException.NotLoggedIn::new);
            ctx.attribute(PRINCIPAL, new Principal(account, null));
            return;
        }
        if (UNSAFE_METHODS.contains(ctx.method().name())) {
            requireSameOrigin(ctx);
        }
        Optional<Session> session = sessions.find(ctx.cookie(SessionCookies.NAME));
        Optional<Account> account = session.flatMap(s -> accounts.findById(s.accountId()));
        if (session.isPresent() && account.isPresent()) {
            if (UNSAFE_METHODS.contains(ctx.method().name())) {
                requireCsrfToken(ctx, session.get());
            }
            if (session.get().secondFactorPending()) {
                ctx.attribute(PENDING_SESSION, session.get());
            } else {
                ctx.attribute(PRINCIPAL, new Principal(account.get(), session.get()));
                return;
            }
        }
        if (!api && (OPEN_PATHS.contains(ctx.path()) || ctx.path().startsWith(AdminAssetRoutes.PATH))) {
            return;
        }
        throw new AdminException.NotLoggedIn();
    }

    private static void requireCsrfToken(Context ctx, Session session) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        if (!Secrets.same(sent, session.csrfToken())) {
            throw new AdminException.Forbidden("This form has expired or did not come from this site (its CSRF token"
                    + " is missing or wrong). Reload the page and try again.");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    /**
     * Browsers send Origin with every cross-site change; a page on another site cannot forge it. Without Origin we
     * fall back to Referer, and refuse when neither is there.
     */
    private void requireSameOrigin(Context ctx) {
        String claimed = ctx.header("Origin");
        if (claimed == null || claimed.isEmpty() || "null".equals(claimed)) {
            claimed = originOf(ctx.header("Referer"));
        }
        if (claimed == null || !(claimed.equalsIgnoreCase(originOf(ctx.scheme() + "://" + ctx.host()))
                || claimed.equalsIgnoreCase(originOf(baseUrl.get())))) {
            throw new AdminException.Forbidden("This request did not come from a page of this site (its Origin is "
                    + (claimed == null ? "missing" : claimed) + "), so it was refused.");
        }
    }

    static String originOf(String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
