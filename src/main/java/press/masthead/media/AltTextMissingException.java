package press.masthead.media;

/** An image uploaded without alt text where the admin asks for it; nothing was stored. */
public final class AltTextMissingException extends RuntimeException {
    AltTextMissingException(String name) {
        super("Describe " + name + " for readers who cannot see it (its alt text), or mark it as decorative if it"
                + " adds nothing to the article.");
    }
}
