package press.masthead.content;

/** A slug another page, tag or category already has: the Admin API answers it as a conflict, not bad input. */
public final class SlugTakenException extends InvalidContentException {
    private static final long serialVersionUID = 1L;

    public SlugTakenException(String field, String message) {
        super(field, message);
    }
}
