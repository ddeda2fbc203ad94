package press.masthead.content;

/**
 * A save was made over an older version of an article than the one stored: someone else saved in between. Nothing
 * was written; {@code current} is the article as it is now, so the writer can see what changed.
 */
public final class ArticleConflictException extends RuntimeException {
    private final transient Article current;

    public ArticleConflictException(int editedVersion, Article current) {
        super("This article was saved by someone else since you opened it: you edited version " + editedVersion
                + ", it is now at version " + current.version() + ". Nothing was overwritten; compare and save again.");
        this.current = current;
    }

    public Article current() {
        return current;
    }
}
