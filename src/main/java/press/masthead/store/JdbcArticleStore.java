package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.ArticlePageCursor;
import press.masthead.content.ArticleQuery;
import press.masthead.content.ArticleStatus;
import press.masthead.content.ArticleStore;
import press.masthead.content.ArticleSummary;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.PublishedOrder;
import press.masthead.content.Revision;
import press.masthead.content.RevisionNote;
import press.masthead.content.Tag;

/**
 * Articles in the {@code articles} table with their authors, categories and tags in join tables. A list costs
 * four queries whatever its length: the articles, then each relation for all of them at once.
 */
public final class JdbcArticleStore implements ArticleStore {
    /**
     * The columns of an {@link ArticleSummary}. The body comes along only when it has an image; the database
     * decides that, so an article without images comes back as a row of short strings, not its whole body.
     */
    private static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.headline, a.language, a.published_at, a.updated_at, a.created_at, a.canonical_url,
            a.image_url, a.noindex, CASE WHEN a.body_html LIKE '%<img%' THEN a.body_html ELSE '' END AS body_html_if_images""";

    private final Database database;

    public JdbcArticleStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Article> findById(long id) {
        return database.jdbi().withHandle(h -> one(h, "SELECT * FROM articles WHERE id = :key", id));
    }

    @Override
    public Optional<Article> findBySlug(String slug) {
        return database.jdbi().withHandle(h -> one(h, "SELECT * FROM articles WHERE slug = :key", slug));
    }

    @Override
    public List<Article> findByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> withRelations(h,
                h.createQuery("SELECT * FROM articles WHERE id IN (<ids>)")
                        .bindList("ids", ids).map((rs, ctx) -> row(rs)).list()));
    }

    private Optional<Article> one(Handle h, String sql, Object key) {
        List<ArticleRow> rows = h.createQuery(sql).bind("key", key).map((rs, ctx) -> row(rs)).list();
        return withRelations(h, rows).stream().findFirst();
    }

    @Override
    public boolean slugTaken(String slug, long exceptArticleId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM articles WHERE slug = :slug AND id <> :id")
                .bind("slug", slug).bind("id", exceptArticleId).mapTo(Integer.class).one() > 0);
    }

    @Override
    public List<Article> published(ArticleFilter filter, int offset, int limit) {
        String sql = "SELECT a.* FROM articles a WHERE " + where(filter)
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset";
        return database.jdbi().withHandle(h -> {
            Query query = bind(h.createQuery(sql), filter).bind("limit", limit).bind("offset", offset);
            return withRelations(h, query.map((rs, ctx) -> row(rs)).list());
        });
    }

    @Override
    public PublishedOrder publishedOrder(ArticleFilter filter) {
        String sql = "SELECT a.id, a.published_at FROM articles a WHERE " + where(filter)
                + " ORDER BY a.published_at DESC, a.id DESC";
        List<long[]> rows = database.jdbi().withHandle(h -> bind(h.createQuery(sql), filter)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        long[] ids = new long[rows.size()];
        long[] times = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i)[0];
            times[i] = rows.get(i)[1];
        }
        return new PublishedOrder(ids, times);
    }

    @Override
    public int countPublished(ArticleFilter filter) {
        String sql = "SELECT COUNT(*) FROM articles a WHERE " + where(filter);
        return database.jdbi().withHandle(h -> bind(h.createQuery(sql), filter).mapTo(Integer.class).one());
    }

    /**
     * An archive's articles are matched with {@code IN}, not a correlated {@code EXISTS}: SQLite reads the archive's
     * article ids from its link index once and checks each article of the status index against that list, where
     * {@code EXISTS} would search the link table again for every published article (ten times slower at 10,000).
     */
    private static String where(ArticleFilter filter) {
        StringBuilder where = new StringBuilder("a.status = 'published'");
        if (filter.tagId() != null) {
            where.append(" AND a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag_id = :tag)");
        }
        if (!filter.categoryIds().isEmpty()) {
            where.append(" AND a.id IN (SELECT c.article_id FROM article_categories c"
                    + " WHERE c.category_id IN (<categories>))");
        }
        if (filter.authorId() != null) {
            where.append(" AND a.id IN (SELECT w.article_id FROM article_authors w WHERE w.author_id = :author)");
        }
        if (filter.publishedFrom() != null) {
            where.append(" AND a.published_at >= :from");
        }
        if (filter.publishedBefore() != null) {
            where.append(" AND a.published_at < :before");
        }
        return where.toString();
    }

    private static Query bind(Query query, ArticleFilter filter) {
        if (filter.tagId() != null) {
            query.bind("tag", filter.tagId());
        }
        if (!filter.categoryIds().isEmpty()) {
            query.bindList("categories", filter.categoryIds());
        }
        if (filter.authorId() != null) {
            query.bind("author", filter.authorId());
        }
        if (filter.publishedFrom() != null) {
            query.bind("from", Times.toMillis(filter.publishedFrom()));
        }
        if (filter.publishedBefore() != null) {
            query.bind("before", Times.toMillis(filter.publishedBefore()));
        }
        return query;
    }

    @Override
    public long insert(Article article, RevisionNote note) {
        return database.jdbi().inTransaction(h -> {
            long id = h.createQuery("""
                            INSERT INTO articles (slug, headline, standfirst, body_source, body_html, excerpt, word_count,
                                status, published_at, updated_at, created_at, primary_category_id, image_url, image_alt,
                                image_caption, language, seo_title, seo_description, canonical_url, noindex,
                                featured, owner_id, version)
                            VALUES (:slug, :headline, :standfirst, :bodySource, :bodyHtml, :excerpt, :wordCount,
                                :status, :publishedAt, :updatedAt, :createdAt, :primaryCategory, :imageUrl, :imageAlt,
                                :imageCaption, :language, :seoTitle, :seoDescription, :canonicalUrl, :noindex, :featured,
                                :owner, 1)
                            RETURNING id""")
                    .bindMap(columns(article)).bind("owner", article.ownerId()).mapTo(Long.class).one();
            saveRelations(h, id, article);
            if (note != null) {
                RevisionRows.keep(h, id, 1, article, note);
            }
            return id;
        });
    }

    @Override
    public boolean update(Article article, Integer expectedVersion, RevisionNote note) {
        return database.jdbi().inTransaction(h -> {
            int changed = h.createUpdate("""
                            UPDATE articles SET slug = :slug, headline = :headline, standfirst = :standfirst,
                                body_source = :bodySource, body_html = :bodyHtml, excerpt = :excerpt, word_count = :wordCount,
                                status = :status, published_at = :publishedAt, updated_at = :updatedAt,
                                primary_category_id = :primaryCategory, image_url = :imageUrl, image_alt = :imageAlt,
                                image_caption = :imageCaption, language = :language, seo_title = :seoTitle,
                                seo_description = :seoDescription, canonical_url = :canonicalUrl,
                                noindex = :noindex, featured = :featured, version = version + 1
                            WHERE id = :id""" + (expectedVersion == null ? "" : " AND version = :expected"))
                    .bindMap(columns(article)).bind("id", article.id()).bind("expected", expectedVersion).execute();
            if (changed == 0) {
                return false;
            }
            for (String table : List.of("article_authors", "article_categories", "article_tags")) {
                h.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", article.id()).execute();
            }
            saveRelations(h, article.id(), article);
            if (note != null) {
                int version = h.createQuery("SELECT version FROM articles WHERE id = :id")
                        .bind("id", article.id()).mapTo(Integer.class).one();
                RevisionRows.keep(h, article.id(), version, article, note);
            }
            return true;
        });
    }

    @Override
    public void keepAutosave(Article unsaved, RevisionNote note) {
        database.jdbi().useTransaction(h -> {
            // A save updates the article's row, which makes saves of one article take turns; an autosave kept beside
            // a public article leaves the row as it is, so it takes the row's lock itself.
            database.dialect().lockRow(h, "articles", unsaved.id());
            RevisionRows.keep(h, unsaved.id(), unsaved.version(), unsaved, note);
        });
    }

    @Override
    public boolean changeStatus(long id, ArticleStatus status, Instant publishedAt, Instant updatedAt,
                                Integer expectedVersion) {
        return database.jdbi().withHandle(h -> h.createUpdate("""
                        UPDATE articles SET status = :status, published_at = :publishedAt, updated_at = :updatedAt,
                            version = version + 1
                        WHERE id = :id""" + (expectedVersion == null ? "" : " AND version = :expected"))
                .bind("status", status.code()).bind("publishedAt", Times.toMillis(publishedAt))
                .bind("updatedAt", Times.toMillis(updatedAt)).bind("id", id).bind("expected", expectedVersion)
                .execute() == 1);
    }

    @Override
    public void delete(long id) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM articles WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public List<Article> find(ArticleQuery query, ArticlePageCursor cursor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT a.* FROM articles a WHERE ").append(where(query));
        if (cursor != null) {
            sql.append(" AND (a.updated_at < :cursorTime OR (a.updated_at = :cursorTime AND a.id < :cursorId))");
        }
        sql.append(" ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit");
        return database.jdbi().withHandle(h -> {
            Query q = bind(h.createQuery(sql.toString()), query).bind("limit", limit);
            if (cursor != null) {
                q.bind("cursorTime", Times.toMillis(cursor.updatedAt())).bind("cursorId", cursor.id());
            }
            return withRelations(h, q.map((rs, ctx) -> row(rs)).list());
        });
    }

    @Override
    public int count(ArticleQuery query) {
        return database.jdbi().withHandle(h -> bind(h.createQuery("SELECT COUNT(*) FROM articles a WHERE "
                + where(query)), query).mapTo(Integer.class).one());
    }

    @Override
    public Map<ArticleStatus, Integer> countByStatus(ArticleQuery query) {
        ArticleQuery anyStatus = query.withStatus(null);
        Map<ArticleStatus, Integer> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0);
        }
        database.jdbi().useHandle(h -> bind(h.createQuery("SELECT a.status, COUNT(*) AS n FROM articles a WHERE "
                        + where(anyStatus) + " GROUP BY a.status"), anyStatus)
                .map((rs, ctx) -> Map.entry(ArticleStatus.fromCode(rs.getString("status")), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** Every condition is a parameter, so no text a writer types ever becomes SQL. */
    private static String where(ArticleQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (query.status() != null) {
            where.append(" AND a.status = :status");
        }
        if (query.authorId() != null) {
            where.append(" AND a.id IN (SELECT w.article_id FROM article_authors w WHERE w.author_id = :author)");
        }
        if (query.categoryId() != null) {
            where.append(" AND a.id IN (SELECT c.article_id FROM article_categories c WHERE c.category_id = :category)");
        }
        if (query.tagId() != null) {
            where.append(" AND a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag_id = :tag)");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND LOWER(a.headline) LIKE :text ESCAPE '!'");
        }
        if (query.ownAccountId() != null) {
            where.append(" AND (a.owner_id = :ownAccount OR a.id IN (SELECT o.article_id FROM article_authors o"
                    + " WHERE o.author_id = :ownAuthor))");
        }
        return where.toString();
    }

    private static Query bind(Query q, ArticleQuery query) {
        if (query.status() != null) {
            q.bind("status", query.status().code());
        }
        if (query.authorId() != null) {
            q.bind("author", query.authorId());
        }
        if (query.categoryId() != null) {
            q.bind("category", query.categoryId());
        }
        if (query.tagId() != null) {
            q.bind("tag", query.tagId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String escaped = query.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            q.bind("text", "%" + escaped + "%");
        }
        if (query.ownAccountId() != null) {
            q.bind("ownAccount", query.ownAccountId());
            q.bind("ownAuthor", query.ownAuthorId() == null ? -1L : query.ownAuthorId());
        }
        return q;
    }

    @Override
    public List<Revision> revisions(long articleId) {
        return database.jdbi().withHandle(h -> RevisionRows.forArticle(h, articleId));
    }

    @Override
    public Optional<Revision> revision(long revisionId) {
        return database.jdbi().withHandle(h -> RevisionRows.find(h, revisionId));
    }

    /**
     * Reads the due ids (on PostgreSQL locking them, skipping rows another node holds), then claims each with a
     * compare-and-set from scheduled to published: only the node whose update changed the row publishes it. The
     * modified time becomes the publishing time unless the article was edited after it.
     */
    @Override
    public List<Long> publishDue(Instant now, int limit) {
        return database.jdbi().inTransaction(h -> {
            List<Long> due = h.createQuery("""
                            SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= :now
                            ORDER BY published_at, id LIMIT :limit""" + database.dialect().lockSkippingLocked())
                    .bind("now", Times.toMillis(now)).bind("limit", limit).mapTo(Long.class).list();
            List<Long> claimed = new ArrayList<>();
            for (long id : due) {
                int changed = h.createUpdate("""
                                UPDATE articles SET status = 'published', version = version + 1,
                                    updated_at = CASE WHEN updated_at > published_at THEN updated_at ELSE published_at END
                                WHERE id = :id AND status = 'scheduled'""")
                        .bind("id", id).execute();
                if (changed == 1) {
                    claimed.add(id);
                }
            }
            return claimed;
        });
    }

    @Override
    public Optional<Instant> nextScheduledAt() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT MIN(published_at) AS next_at FROM articles WHERE status = 'scheduled'")
                .map((rs, ctx) -> Times.read(rs, "next_at")).findOne().filter(Objects::nonNull));
    }

    @Override
    public void markUpdated(long id, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE articles SET updated_at = :at WHERE id = :id")
                .bind("at", Times.toMillis(at)).bind("id", id).execute());
    }

    @Override
    public List<Article> allAfter(long afterId, int limit) {
        return database.jdbi().withHandle(h -> withRelations(h, h.createQuery(
                        "SELECT * FROM articles WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit).map((rs, ctx) -> row(rs)).list()));
    }

    @Override
    public int countAll() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Integer.class).one());
    }

    @Override
    public Stream<ArticleSummary> publishedSummaries() {
        return summaries("SELECT " + SUMMARY_COLUMNS + """
                 FROM articles a WHERE a.status = 'published'
                ORDER BY a.published_at, a.id""", Map.of());
    }

    @Override
    public Stream<ArticleSummary> publishedSummariesSince(Instant since) {
        return summaries("SELECT " + SUMMARY_COLUMNS + """
                 FROM articles a WHERE a.status = 'published' AND a.published_at >= :since
                ORDER BY a.published_at DESC, a.id DESC""", Map.of("since", Times.toMillis(since)));
    }

    /** Streams rows off an open cursor; closing the stream gives the connection back. */
    private Stream<ArticleSummary> summaries(String sql, Map<String, Object> parameters) {
        Handle h = database.jdbi().open();
        try {
            return h.createQuery(sql).bindMap(parameters).map((rs, ctx) -> summary(rs)).stream().onClose(h::close);
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("language"), Times.read(rs, "published_at"), Times.read(rs, "updated_at"),
                Times.read(rs, "created_at"), rs.getString("canonical_url"), rs.getString("image_url"),
                rs.getString("body_html_if_images"), rs.getBoolean("noindex"));
    }

    @Override
    public Map<Long, Instant> lastUpdatedBy(Grouping grouping) {
        String links = switch (grouping) {
            case TAG -> "article_tags";
            case CATEGORY -> "article_categories";
            case AUTHOR -> "article_authors";
        };
        String group = switch (grouping) {
            case TAG -> "tag_id";
            case CATEGORY -> "category_id";
            case AUTHOR -> "author_id";
        };
        // One pass over the published articles (by the status index) and their links, however many groups there are.
        String sql = "SELECT l." + group + " AS group_id, MAX(a.updated_at) AS last_updated FROM " + links
                + " l JOIN articles a ON a.id = l.article_id WHERE a.status = 'published' GROUP BY l." + group;
        Map<Long, Instant> lastUpdated = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> h.createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getLong("group_id"), Times.read(rs, "last_updated")))
                .forEach(e -> lastUpdated.put(e.getKey(), e.getValue())));
        return lastUpdated;
    }

    private static Map<String, Object> columns(Article a) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("slug", a.slug());
        columns.put("headline", a.headline());
        columns.put("standfirst", a.standfirst());
        columns.put("bodySource", a.bodySource());
        columns.put("bodyHtml", a.bodyHtml());
        columns.put("excerpt", a.excerpt());
        columns.put("wordCount", a.wordCount());
        columns.put("status", a.status().code());
        columns.put("publishedAt", Times.toMillis(a.publishedAt()));
        columns.put("updatedAt", Times.toMillis(a.updatedAt()));
        columns.put("createdAt", Times.toMillis(a.createdAt()));
        columns.put("primaryCategory", a.primaryCategory() == null ? null : a.primaryCategory().id());
        columns.put("imageUrl", a.featuredImage() == null ? null : a.featuredImage().url());
        columns.put("imageAlt", a.featuredImage() == null ? "" : a.featuredImage().alt());
        columns.put("imageCaption", a.featuredImage() == null ? "" : a.featuredImage().caption());
        columns.put("language", a.language());
        columns.put("seoTitle", a.seoTitle());
        columns.put("seoDescription", a.seoDescription());
        columns.put("noindex", a.noindex());
        columns.put("canonicalUrl", a.canonicalUrl());
        columns.put("featured", a.featured());
        return columns;
    }

    private static void saveRelations(Handle h, long articleId, Article article) {
        insertLinks(h, "INSERT INTO article_authors (article_id, author_id, position) VALUES (:article, :other, :position)",
                articleId, article.authors().stream().map(Author::id).toList());
        insertLinks(h, "INSERT INTO article_categories (article_id, category_id, position) VALUES (:article, :other, :position)",
                articleId, article.categories().stream().map(Category::id).toList());
        insertLinks(h, "INSERT INTO article_tags (article_id, tag_id, position) VALUES (:article, :other, :position)",
                articleId, article.tags().stream().map(Tag::id).toList());
    }

    private static void insertLinks(Handle h, String sql, long articleId, List<Long> otherIds) {
        var batch = h.prepareBatch(sql);
        for (int i = 0; i < otherIds.size(); i++) {
            batch.bind("article", articleId).bind("other", otherIds.get(i)).bind("position", i).add();
        }
        if (!otherIds.isEmpty()) {
            batch.execute();
        }
    }

    /** An article row before its relations are attached. */
    private record ArticleRow(Article withoutRelations, Long primaryCategoryId) {
    }

    private static ArticleRow row(ResultSet rs) throws SQLException {
        String imageUrl = rs.getString("image_url");
        Image image = imageUrl == null || imageUrl.isEmpty() ? null
                : new Image(imageUrl, rs.getString("image_alt"), rs.getString("image_caption"));
        long primary = rs.getLong("primary_category_id");
        Long primaryId = rs.wasNull() ? null : primary;
        Article article = new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("body_source"), rs.getString("body_html"),
                rs.getString("excerpt"), rs.getInt("word_count"), ArticleStatus.fromCode(rs.getString("status")),
                Times.read(rs, "published_at"), Times.read(rs, "updated_at"), Times.read(rs, "created_at"),
                List.of(), null, List.of(), List.of(), image, rs.getString("language"), rs.getString("seo_title"),
                rs.getString("seo_description"), rs.getString("canonical_url"), rs.getBoolean("noindex"),
                rs.getBoolean("featured"), rs.getInt("version"), Rows.nullableLong(rs, "owner_id"));
        return new ArticleRow(article, primaryId);
    }

    private static List<Article> withRelations(Handle h, List<ArticleRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.withoutRelations().id()).toList();
        Map<Long, List<Author>> authors = grouped(h, """
                SELECT l.article_id, x.* FROM article_authors l JOIN authors x ON x.id = l.author_id
                WHERE l.article_id IN (<ids>) ORDER BY l.article_id, l.position""", ids, Rows::author);
        Map<Long, List<Category>> categories = grouped(h, """
                SELECT l.article_id, x.* FROM article_categories l JOIN categories x ON x.id = l.category_id
                WHERE l.article_id IN (<ids>) ORDER BY l.article_id, l.position""", ids, Rows::category);
        Map<Long, List<Tag>> tags = grouped(h, """
                SELECT l.article_id, x.* FROM article_tags l JOIN tags x ON x.id = l.tag_id
                WHERE l.article_id IN (<ids>) ORDER BY l.article_id, l.position""", ids, Rows::tag);
        List<Article> articles = new ArrayList<>(rows.size());
        for (ArticleRow row : rows) {
            Article a = row.withoutRelations();
            List<Category> own = categories.getOrDefault(a.id(), List.of());
            Category primary = own.stream().filter(c -> Long.valueOf(c.id()).equals(row.primaryCategoryId()))
                    .findFirst().orElse(null);
            articles.add(new Article(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodySource(), a.bodyHtml(),
                    a.excerpt(), a.wordCount(), a.status(), a.publishedAt(), a.updatedAt(), a.createdAt(),
                    authors.getOrDefault(a.id(), List.of()), primary, own, tags.getOrDefault(a.id(), List.of()),
                    a.featuredImage(), a.language(), a.seoTitle(), a.seoDescription(), a.canonicalUrl(),
                    a.noindex(), a.featured(), a.version(), a.ownerId()));
        }
        return articles;
    }

    /** Reads one relation for many articles in one query, grouped by article id in query order. */
    private static <T> Map<Long, List<T>> grouped(Handle h, String sql, List<Long> ids, RowReader<T> reader) {
        record Linked<T>(long articleId, T value) {
        }
        return h.createQuery(sql).bindList("ids", ids)
                .map((rs, ctx) -> new Linked<>(rs.getLong("article_id"), reader.read(rs)))
                .list().stream()
                .collect(Collectors.groupingBy(Linked::articleId, LinkedHashMap::new,
                        Collectors.mapping(Linked::value, Collectors.toList())));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @Override
    public List<Long> idsUpdatedSince(Instant since) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM articles WHERE updated_at >= :since")
                .bind("since", Times.toMillis(since)).mapTo(Long.class).list());
    }
}
