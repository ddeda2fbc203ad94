package press.masthead.content;

/** Content that breaks a rule; names the field so a form or an importer can point at it. */
public final class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidContentException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
