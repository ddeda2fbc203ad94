package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where static pages are kept. */
public interface PageStore {
    Optional<Page> findBySlug(String slug);

    boolean slugTaken(String slug, long exceptPageId);

    List<Page> published();

    long insert(Page page);

    void update(Page page);

    int countAll();
}
