package press.masthead.content;

/** Content that breaks a rule; names the field so a form or an importer can point at it. */
public class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String reason;

    public InvalidContentException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    /** What is wrong, without the field's name: the words shown beside the field. */
    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
