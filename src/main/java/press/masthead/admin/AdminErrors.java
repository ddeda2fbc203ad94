package press.masthead.admin;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import press.masthead.accounts.AccountException;
import press.masthead.content.InvalidContentException;
import press.masthead.content.SlugTakenException;

/**
 * Turns a refusal into an answer: JSON for the API, a page for a browser, and for a browser that is not logged in
 * the login form, which brings it back afterwards.
 */
final class AdminErrors {
    private static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;
    private final AdminPages pages;

    AdminErrors(AdminPages pages) {
        this.pages = pages;
    }

    void answer(AdminException e, Context ctx) {
        // Also for refusals made before the gate ran (an upload refused by its size before it is read).
        AdminHeaders.apply(ctx);
        discardUnreadBody(ctx);
        if (e instanceof AdminException.Throttled throttled) {
            ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        if (AdminGate.isApi(ctx)) {
            AdminJson.send(ctx, e.status(), AdminJson.error(e.code(), e.getMessage(), e.field(), e.details()));
        } else if (e instanceof AdminException.NotLoggedIn && "GET".equals(ctx.method().name())) {
            String back = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            ctx.redirect(AdminGate.ADMIN + "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        } else {
            pages.render(ctx, e.status(), "error", Map.of("status", e.status(), "message", e.getMessage()));
        }
    }

    /**
     * Reads what is left of a refused request's body (an upload by a role that may not upload, say), up to a bound:
     * a client still sending when the server closes the connection sees it reset, not the answer that says why.
     */
    private static void discardUnreadBody(Context ctx) {
        if ("GET".equals(ctx.method().name()) || "HEAD".equals(ctx.method().name())) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = MAX_DISCARDED_BYTES;
            int read;
            while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException | IllegalStateException e) {
            // Already read, or the client went away: nothing left to wait for.
        }
    }

    /** A rule of the content or the accounts broken in an API request: a 400 naming the field. */
    void invalid(RuntimeException e, String field, Context ctx) {
        String message = e instanceof InvalidContentException ? e.getMessage().substring(field.length() + 2) : e.getMessage();
        answer(new AdminException.Invalid(field, message), ctx);
    }

    /** A slug someone else has is a conflict, not bad input: the request was fine until the other one took it. */
    void slugTaken(SlugTakenException e, Context ctx) {
        answer(new AdminException.Conflict(e.field(), e.reason()), ctx);
    }

    void invalidContent(InvalidContentException e, Context ctx) {
        invalid(e, e.field(), ctx);
    }

    void invalidAccount(AccountException e, Context ctx) {
        invalid(e, e.field(), ctx);
    }
}
