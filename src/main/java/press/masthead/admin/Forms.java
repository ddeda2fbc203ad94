package press.masthead.admin;

import io.javalin.http.Context;

/** Reading form fields: a missing field is an empty string, never null, and surrounding spaces stay for passwords. */
public final class Forms {
    private Forms() {
    }

    public static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** A relative admin path to return to after logging in; anything else (another site, say) goes to the dashboard. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith(AdminGate.ADMIN + "/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return AdminGate.ADMIN + "/";
        }
        return next;
    }
}
