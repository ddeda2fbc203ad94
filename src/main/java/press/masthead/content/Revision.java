package press.masthead.content;

import java.time.Instant;

/**
 * An article's editable fields as one save left them. {@code content} holds them in the shape a save takes, so
 * restoring a revision is saving it again.
 *
 * @param articleVersion the article's version this revision recorded
 * @param accountId      who saved it; null once that account is deleted
 */
public record Revision(long id, long articleId, RevisionKind kind, int articleVersion, Long accountId,
                       String accountName, Instant createdAt, ArticleDraft content) {
}
