package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where author profiles are kept. */
public interface AuthorStore {
    Optional<Author> findById(long id);

    Optional<Author> findBySlug(String slug);

    List<Author> all();

    long insert(Author author);

    void update(Author author);
}
