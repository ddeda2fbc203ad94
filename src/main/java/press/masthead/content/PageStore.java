package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where static pages are kept. */
public interface PageStore {
    Optional<Page> findById(long id);

    Optional<Page> findBySlug(String slug);

    boolean slugTaken(String slug, long exceptPageId);

    List<Page> published();

    /** Every page in any state, by id. */
    List<Page> all();

    long insert(Page page);

    void update(Page page);

    int countAll();

    void delete(long id);
}
