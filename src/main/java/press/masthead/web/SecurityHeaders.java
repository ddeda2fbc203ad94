package press.masthead.web;

import java.util.List;
import java.util.Map;

/**
 * Headers every public response carries. The policy allows scripts, styles and fonts from Masthead itself only;
 * images may also come from https hosts, since imported and written articles may point at them.
 */
final class SecurityHeaders {
    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    static final List<Map.Entry<String, String>> PUBLIC = List.of(
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
            Map.entry("Content-Security-Policy", PUBLIC_POLICY));

    private SecurityHeaders() {
    }
}
