package press.masthead.web;

import io.javalin.http.Context;

/**
 * Headers every public response carries. The policy allows scripts, styles and fonts from Masthead itself only;
 * images may also come from https hosts, since imported and written articles may point at them.
 */
final class SecurityHeaders {
    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("Content-Security-Policy", PUBLIC_POLICY);
    }
}
