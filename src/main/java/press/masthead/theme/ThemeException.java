package press.masthead.theme;

/** A theme that cannot be used: names the template file and line so the site owner can fix it. */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
