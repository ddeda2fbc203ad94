package press.masthead.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Where articles are kept. Lists load authors, categories and tags for the whole list at once. */
public interface ArticleStore {
    Optional<Article> findById(long id);

    Optional<Article> findBySlug(String slug);

    /** The articles with these ids, in any status and in no particular order; an id with no article is left out. */
    List<Article> findByIds(List<Long> ids);

    boolean slugTaken(String slug, long exceptArticleId);

    /** Published articles matching {@code filter}, newest first. */
    List<Article> published(ArticleFilter filter, int offset, int limit);

    int countPublished(ArticleFilter filter);

    /** Published articles sharing tags or the primary category with {@code article}, most alike first. */
    List<Article> related(Article article, int limit);

    /** Saves a new article (its id is ignored) with its authors, categories and tags; returns the new id. */
    long insert(Article article);

    void update(Article article);

    /** Moves an article's modified time without changing it otherwise, e.g. when a note is added to it. */
    void markUpdated(long id, Instant at);

    /** Articles in any status with an id above {@code afterId}, by id: a whole site a batch at a time. */
    List<Article> allAfter(long afterId, int limit);

    /** How many articles exist in any status: the demo content only goes into an empty site. */
    int countAll();

    /**
     * Every published article as a light row, oldest first (a new article lands at the end). The stream holds a
     * database connection: close it.
     */
    Stream<ArticleSummary> publishedSummaries();

    /** Published articles published at or after {@code since}, newest first, as light rows. Close the stream. */
    Stream<ArticleSummary> publishedSummariesSince(Instant since);

    /**
     * For each tag, category or author with at least one published article, the newest update among its own
     * published articles (a category's subcategories are not counted into it).
     */
    Map<Long, Instant> lastUpdatedBy(Grouping grouping);

    /** What articles are grouped by in an archive. */
    enum Grouping {
        TAG, CATEGORY, AUTHOR
    }

    /** Ids of articles in any status changed at or after {@code since}: what another node may have missed. */
    List<Long> idsUpdatedSince(Instant since);
}
