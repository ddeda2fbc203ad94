package press.masthead.content;

import java.time.Instant;

/**
 * A note an editor added to a published article. An amended note is a new row that {@code replaces} the earlier
 * one, so every wording ever published stays on record.
 */
public record Correction(long id, long articleId, CorrectionKind kind, String text, Instant createdAt, Long replaces) {
}
