package press.masthead.admin.corrections;

import java.time.Instant;
import java.util.List;

/**
 * A note in its current wording with the article it is on and its earlier wordings, newest first, as the admin
 * shows it and the API sends it.
 */
record NoteView(long id, long articleId, String headline, String articleUrl, String kind, String kindLabel,
                String text, Instant createdAt, List<Wording> earlier) {

    /** An earlier wording a later one replaced: kept on record and shown struck through. */
    record Wording(long id, String text, Instant createdAt) {
    }
}
