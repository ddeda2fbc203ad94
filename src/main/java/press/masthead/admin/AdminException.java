package press.masthead.admin;

/**
 * Why an admin request is refused, with the HTTP status and the code the Admin API puts in its JSON error. Pages
 * show the message; the API answers {@code {"error": {"code", "message", "field"}}}.
 */
public class AdminException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public AdminException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public static final class NotLoggedIn extends AdminException {
        public NotLoggedIn() {
            super(401, "unauthenticated", null, "Log in, or send a personal API token as 'Authorization: Bearer TOKEN'.");
        }
    }

    public static final class Forbidden extends AdminException {
        public Forbidden(String message) {
            super(403, "forbidden", null, message);
        }
    }

    public static final class NotFound extends AdminException {
        public NotFound(String message) {
            super(404, "not_found", null, message);
        }
    }

    public static final class Invalid extends AdminException {
        public Invalid(String field, String message) {
            super(400, "invalid", field, message);
        }
    }

    public static final class Conflict extends AdminException {
        public Conflict(String field, String message) {
            super(409, "conflict", field, message);
        }
    }

    public static final class TooLarge extends AdminException {
        public TooLarge(String field, String message) {
            super(413, "too_large", field, message);
        }
    }

    public static final class Throttled extends AdminException {
        private final long retryAfterSeconds;

        public Throttled(long retryAfterSeconds) {
            super(429, "throttled", null, "Too many failed attempts; try again in " + Waits.describe(retryAfterSeconds) + ".");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
