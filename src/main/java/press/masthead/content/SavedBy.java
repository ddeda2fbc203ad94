package press.masthead.content;

/**
 * Who saves an article: an account of the newsroom (whose saves make revisions and who owns what they create), or
 * the system (the importer, the demo, the command line), whose saves make none.
 *
 * @param accountId null for the system
 * @param name      the name revisions show
 * @param trust     whether the body's HTML is sanitized, by the saver's role
 */
public record SavedBy(Long accountId, String name, HtmlTrust trust) {
    public static SavedBy system() {
        return new SavedBy(null, "", HtmlTrust.SANITIZED);
    }

    public boolean isPerson() {
        return accountId != null;
    }
}
