package press.masthead.content;

import java.util.List;
import java.util.Optional;

/** Where articles are kept. Lists load authors, categories and tags for the whole list at once. */
public interface ArticleStore {
    Optional<Article> findById(long id);

    Optional<Article> findBySlug(String slug);

    boolean slugTaken(String slug, long exceptArticleId);

    /** Published articles matching {@code filter}, newest first. */
    List<Article> published(ArticleFilter filter, int offset, int limit);

    int countPublished(ArticleFilter filter);

    /** Published articles sharing tags or the primary category with {@code article}, most alike first. */
    List<Article> related(Article article, int limit);

    /** Saves a new article (its id is ignored) with its authors, categories and tags; returns the new id. */
    long insert(Article article);

    void update(Article article);

    /** Articles in any status with an id above {@code afterId}, by id: a whole site a batch at a time. */
    List<Article> allAfter(long afterId, int limit);

    /** How many articles exist in any status: the demo content only goes into an empty site. */
    int countAll();
}
