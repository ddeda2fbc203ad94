package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where notes on articles are kept; rows are only ever added. */
public interface CorrectionStore {
    long insert(Correction correction);

    Optional<Correction> findById(long id);

    /** Every row of an article's notes, amended ones included, newest first. */
    List<Correction> forArticle(long articleId);

    /** Current notes (not replaced by a later wording) on published articles, newest first. */
    List<Correction> recent(int offset, int limit);

    int countRecent();

    /** Every row for the given articles, newest first: the history behind {@link #recent}. */
    List<Correction> forArticles(List<Long> articleIds);
}
