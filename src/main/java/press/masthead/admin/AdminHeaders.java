package press.masthead.admin;

import io.javalin.http.Context;

/**
 * What every admin answer carries: a policy that runs only our own scripts (no inline ones) and cannot be framed,
 * and no caching anywhere, since admin pages hold drafts and tokens.
 */
final class AdminHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private AdminHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }
}
