package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.masthead.content.Comment;
import press.masthead.content.CommentStore;

/** Comments in the {@code comments} table. */
public final class JdbcCommentStore implements CommentStore {
    private final Database database;

    public JdbcCommentStore(Database database) {
        this.database = database;
    }

    @Override
    public long insert(Comment comment) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO comments (article_id, page_id, parent_id, author_name, author_email, author_url,
                            author_ip, body, status, type, created_at)
                        VALUES (:articleId, :pageId, :parentId, :authorName, :authorEmail, :authorUrl,
                            :authorIp, :body, :status, :type, :createdAt)
                        RETURNING id""")
                .bindMap(columns(comment)).mapTo(Long.class).one());
    }

    @Override
    public void update(Comment comment) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE comments SET article_id = :articleId, page_id = :pageId, parent_id = :parentId,
                            author_name = :authorName, author_email = :authorEmail, author_url = :authorUrl,
                            author_ip = :authorIp, body = :body, status = :status, type = :type, created_at = :createdAt
                        WHERE id = :id""")
                .bindMap(columns(comment)).bind("id", comment.id()).execute());
    }

    @Override
    public List<Comment> ofArticle(long articleId) {
        return of("article_id", articleId);
    }

    @Override
    public List<Comment> ofPage(long pageId) {
        return of("page_id", pageId);
    }

    private List<Comment> of(String column, long id) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM comments WHERE " + column + " = :id ORDER BY created_at, id")
                .bind("id", id).map((rs, ctx) -> comment(rs)).list());
    }

    private static Map<String, Object> columns(Comment c) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("articleId", c.articleId());
        columns.put("pageId", c.pageId());
        columns.put("parentId", c.parentId());
        columns.put("authorName", c.authorName());
        columns.put("authorEmail", c.authorEmail());
        columns.put("authorUrl", c.authorUrl());
        columns.put("authorIp", c.authorIp());
        columns.put("body", c.body());
        columns.put("status", c.status().code());
        columns.put("type", c.type());
        columns.put("createdAt", Times.toMillis(c.createdAt()));
        return columns;
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(rs.getLong("id"), nullableLong(rs, "article_id"), nullableLong(rs, "page_id"),
                nullableLong(rs, "parent_id"), rs.getString("author_name"), rs.getString("author_email"),
                rs.getString("author_url"), rs.getString("author_ip"), rs.getString("body"),
                Comment.Status.fromCode(rs.getString("status")), rs.getString("type"), Times.read(rs, "created_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
