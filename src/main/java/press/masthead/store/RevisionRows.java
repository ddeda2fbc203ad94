package press.masthead.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import press.masthead.content.Article;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.Revision;
import press.masthead.content.RevisionKind;
import press.masthead.content.RevisionNote;
import press.masthead.content.Tag;

/**
 * The {@code article_revisions} rows, written inside the article store's own transactions so an article and its
 * revision are saved together or not at all. Bylines, categories and tags are kept as id lists ("3,1"), in order.
 */
final class RevisionRows {
    private RevisionRows() {
    }

    /** Keeps a revision as {@code note} asks: an autosave replaces the same account's autosave at the top. */
    static void keep(Handle h, long articleId, int version, Article article, RevisionNote note) {
        if (note.kind() == RevisionKind.AUTOSAVE) {
            Optional<Long> replaceable = h.createQuery("""
                            SELECT id FROM article_revisions WHERE article_id = :article
                                AND id = (SELECT MAX(id) FROM article_revisions WHERE article_id = :article)
                                AND kind = 'autosave' AND account_id = :account""")
                    .bind("article", articleId).bind("account", note.accountId()).mapTo(Long.class).findOne();
            if (replaceable.isPresent()) {
                h.createUpdate("DELETE FROM article_revisions WHERE id = :id").bind("id", replaceable.get()).execute();
            }
        }
        insert(h, articleId, version, article, note);
    }

    static void insert(Handle h, long articleId, int version, Article a, RevisionNote note) {
        h.createUpdate("""
                        INSERT INTO article_revisions (article_id, kind, article_version, account_id, account_name,
                            created_at, headline, standfirst, slug, body_source, status, published_at, author_ids,
                            category_ids, tag_ids, image_url, image_alt, image_caption, language, seo_title,
                            seo_description, canonical_url, noindex, featured)
                        VALUES (:article, :kind, :version, :account, :accountName, :createdAt, :headline, :standfirst,
                            :slug, :body, :status, :publishedAt, :authors, :categories, :tags, :imageUrl, :imageAlt,
                            :imageCaption, :language, :seoTitle, :seoDescription, :canonicalUrl, :noindex, :featured)""")
                .bind("article", articleId).bind("kind", note.kind().code()).bind("version", version)
                .bind("account", note.accountId()).bind("accountName", note.accountName())
                .bind("createdAt", Times.toMillis(a.updatedAt())).bind("headline", a.headline())
                .bind("standfirst", a.standfirst()).bind("slug", a.slug()).bind("body", a.bodySource())
                .bind("status", a.status().code()).bind("publishedAt", Times.toMillis(a.publishedAt()))
                .bind("authors", ids(a.authors().stream().map(Author::id).toList()))
                .bind("categories", ids(a.categories().stream().map(Category::id).toList()))
                .bind("tags", ids(a.tags().stream().map(Tag::id).toList()))
                .bind("imageUrl", a.featuredImage() == null ? null : a.featuredImage().url())
                .bind("imageAlt", a.featuredImage() == null ? "" : a.featuredImage().alt())
                .bind("imageCaption", a.featuredImage() == null ? "" : a.featuredImage().caption())
                .bind("language", a.language()).bind("seoTitle", a.seoTitle())
                .bind("seoDescription", a.seoDescription()).bind("canonicalUrl", a.canonicalUrl())
                .bind("noindex", a.noindex()).bind("featured", a.featured())
                .execute();
    }

    static List<Revision> forArticle(Handle h, long articleId) {
        return h.createQuery("SELECT * FROM article_revisions WHERE article_id = :article ORDER BY id DESC")
                .bind("article", articleId).map((rs, ctx) -> revision(rs)).list();
    }

    static Optional<Revision> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM article_revisions WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> revision(rs)).findOne();
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        String imageUrl = rs.getString("image_url");
        Image image = imageUrl == null || imageUrl.isEmpty() ? null
                : new Image(imageUrl, rs.getString("image_alt"), rs.getString("image_caption"));
        List<Long> categories = ids(rs.getString("category_ids"));
        ArticleDraft content = new ArticleDraft(rs.getString("headline"), rs.getString("standfirst"),
                rs.getString("slug"), rs.getString("body_source"), ArticleStatus.fromCode(rs.getString("status")),
                Times.read(rs, "published_at"), ids(rs.getString("author_ids")),
                categories.isEmpty() ? null : categories.get(0),
                categories.isEmpty() ? List.of() : categories.subList(1, categories.size()),
                ids(rs.getString("tag_ids")), image, rs.getString("language"), rs.getString("seo_title"),
                rs.getString("seo_description"), rs.getString("canonical_url"), rs.getBoolean("noindex"),
                rs.getBoolean("featured"));
        return new Revision(rs.getLong("id"), rs.getLong("article_id"), RevisionKind.fromCode(rs.getString("kind")),
                rs.getInt("article_version"), Rows.nullableLong(rs, "account_id"), rs.getString("account_name"),
                Times.read(rs, "created_at"), content);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> ids(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
