package press.masthead.admin;

import io.javalin.http.Context;

/** Path parameters of admin routes, refused clearly when they are not what the route expects. */
public final class AdminPaths {
    private AdminPaths() {
    }

    /** A numeric id from the path; anything else is a 404, as no such thing can exist. */
    public static long id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!value.matches("[0-9]{1,18}")) {
            throw new AdminException.NotFound("'" + value + "' is not an id.");
        }
        return Long.parseLong(value);
    }
}
