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

    /** The published articles matching {@code filter} as ids and times, newest first: a whole list at once. */
    PublishedOrder publishedOrder(ArticleFilter filter);

    int countPublished(ArticleFilter filter);

    /**
     * Saves a new article (its id and version are ignored; it starts at version 1) with its authors, categories,
     * tags and owner; returns the new id. With a {@code note}, a revision of it is kept in the same transaction.
     */
    long insert(Article article, RevisionNote note);

    default long insert(Article article) {
        return insert(article, null);
    }

    /**
     * Replaces an article's fields and moves its version on, in one transaction with the revision {@code note} asks
     * for (if any). With {@code expectedVersion}, only when the stored version is that one (else nothing is written
     * and the answer is false); without, always. The owner is never changed here.
     */
    boolean update(Article article, Integer expectedVersion, RevisionNote note);

    default void update(Article article) {
        update(article, null, null);
    }

    /**
     * Keeps a writer's autosave of an article without changing the article: it replaces the newest revision when
     * that is an autosave by the same account, and is added otherwise.
     */
    void keepAutosave(Article unsaved, RevisionNote note);

    /**
     * Moves an article to {@code status} with {@code publishedAt}, and its version on; with {@code expectedVersion},
     * only from that version. False when nothing was written.
     */
    boolean changeStatus(long id, ArticleStatus status, Instant publishedAt, Instant updatedAt, Integer expectedVersion);

    /** Deletes an article with its links, notes and revisions. */
    void delete(long id);

    /** Articles in any status matching {@code query}, most recently updated first, after {@code cursor} if given. */
    List<Article> find(ArticleQuery query, ArticlePageCursor cursor, int limit);

    int count(ArticleQuery query);

    /** How many articles matching {@code query} (its status ignored) are in each status. */
    Map<ArticleStatus, Integer> countByStatus(ArticleQuery query);

    /** An article's revisions, newest first. */
    List<Revision> revisions(long articleId);

    Optional<Revision> revision(long revisionId);

    /**
     * Publishes scheduled articles whose time has come, at most {@code limit}, and returns the ids it published.
     * Each is claimed atomically (a compare-and-set from scheduled to published), so when several nodes share the
     * database each article is published by exactly one of them.
     */
    List<Long> publishDue(Instant now, int limit);

    /** When the next scheduled article comes due, if any is scheduled. */
    Optional<Instant> nextScheduledAt();

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
