package press.masthead.web;

/** A request Masthead cannot understand; the message says what is wrong with it and is shown to the client. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
