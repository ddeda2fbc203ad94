package press.masthead.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where tags and the category tree are kept. */
public interface TaxonomyStore {
    Optional<Tag> findTag(long id);

    Optional<Tag> findTagBySlug(String slug);

    long insertTag(Tag tag);

    void updateTag(Tag tag);

    /** Every tag, by id. */
    List<Tag> allTags();

    /** Up to {@code limit} tags whose name or slug contains {@code text} (any case), names starting with it first. */
    List<Tag> searchTags(String text, int limit);

    /** Article counts per tag id, in one query; tags without articles are missing. */
    Map<Long, Integer> tagArticleCounts();

    /** Article counts per category id (filed under it directly), in one query. */
    Map<Long, Integer> categoryArticleCounts();

    /**
     * In one transaction: gives the tag's articles {@code replacementId} instead (or nothing when null; an
     * article that has both keeps one) and removes the tag.
     */
    void replaceTag(long id, Long replacementId);

    /**
     * In one transaction: files the category's articles under {@code replacementId} instead (their primary
     * category too), moves its subcategories under {@code childrenParentId}, and removes the category.
     */
    void replaceCategory(long id, Long replacementId, Long childrenParentId);

    Optional<Category> findCategory(long id);

    Optional<Category> findCategoryBySlug(String slug);

    /** Every category, parents before their children. */
    List<Category> allCategories();

    long insertCategory(Category category);

    void updateCategory(Category category);
}
