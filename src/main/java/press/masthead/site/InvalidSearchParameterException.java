package press.masthead.site;

/** A search URL parameter that cannot be understood; the message names it and says what is expected. */
public final class InvalidSearchParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    InvalidSearchParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
