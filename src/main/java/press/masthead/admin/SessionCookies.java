package press.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Locale;
import java.util.function.Supplier;
import press.masthead.accounts.Account;
import press.masthead.accounts.Sessions;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the site is reached over https (directly, or
 * through a proxy when the base URL says https).
 */
public final class SessionCookies {
    static final String NAME = "masthead_session";

    private final Sessions sessions;
    private final Supplier<String> baseUrl;

    public SessionCookies(Sessions sessions, Supplier<String> baseUrl) {
        this.sessions = sessions;
        this.baseUrl = baseUrl;
    }

    void set(Context ctx, String sessionId) {
        ctx.cookie(new Cookie(NAME, sessionId, "/", -1, secure(ctx), true, null, SameSite.LAX));
    }

    /** Gives this browser a fresh session for the account, as after a password change ended all the others. */
    void restart(Context ctx, Account account) {
        set(ctx, sessions.start(account.id(), false).id());
    }

    void clear(Context ctx) {
        ctx.removeCookie(NAME, "/");
    }

    private boolean secure(Context ctx) {
        String base = baseUrl.get();
        return "https".equalsIgnoreCase(ctx.scheme()) || (base != null && base.toLowerCase(Locale.ROOT).startsWith("https:"));
    }
}
