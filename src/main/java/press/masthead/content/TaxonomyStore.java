package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where tags and the category tree are kept. */
public interface TaxonomyStore {
    Optional<Tag> findTag(long id);

    Optional<Tag> findTagBySlug(String slug);

    long insertTag(Tag tag);

    void updateTag(Tag tag);

    /** Every tag, by id. */
    List<Tag> allTags();

    Optional<Category> findCategory(long id);

    Optional<Category> findCategoryBySlug(String slug);

    /** Every category, parents before their children. */
    List<Category> allCategories();

    long insertCategory(Category category);

    void updateCategory(Category category);
}
