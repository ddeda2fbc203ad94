package press.masthead.media;

/** An upload the media library refused, with why, and a message that tells the writer what to do instead. */
public final class MediaRejectedException extends RuntimeException {
    /** Why a file was refused; the admin API maps each to its status (TOO_LARGE to 413, the others to 400). */
    public enum Reason {
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        TOO_MANY_PIXELS,
        DAMAGED
    }

    private final Reason reason;

    MediaRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
