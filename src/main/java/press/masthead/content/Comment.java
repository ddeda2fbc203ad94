package press.masthead.content;

import java.time.Instant;
import java.util.Locale;

/**
 * A reader's comment on an article or a page, kept as written: comments are stored now (an import brings them
 * along) and shown once the site has comments. Exactly one of {@code articleId} and {@code pageId} is set;
 * {@code type} is "comment", "pingback", "trackback" or a type an imported site used.
 */
public record Comment(long id, Long articleId, Long pageId, Long parentId, String authorName, String authorEmail,
                      String authorUrl, String authorIp, String body, Status status, String type, Instant createdAt) {

    public Comment {
        if ((articleId == null) == (pageId == null)) {
            throw new IllegalArgumentException("A comment belongs to exactly one article or page");
        }
    }

    /** Where a comment stands in moderation; only approved comments will be shown. */
    public enum Status {
        APPROVED, PENDING, SPAM, TRASH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
