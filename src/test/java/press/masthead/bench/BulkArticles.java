package press.masthead.bench;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes generated articles straight into the tables, one batched statement per table and one transaction per
 * call: tens of thousands of rows a second, where saving them one by one through the content rules would take
 * minutes. The rows are what the content rules would have stored; published times are epoch milliseconds.
 */
final class BulkArticles {
    private final Jdbi jdbi;

    BulkArticles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(List<GeneratedArticle> articles) {
        jdbi.useTransaction(h -> {
            PreparedBatch rows = h.prepareBatch("""
                    INSERT INTO articles (id, slug, headline, standfirst, body_source, body_html, excerpt, word_count,
                        status, published_at, updated_at, created_at, primary_category_id)
                    VALUES (:id, :slug, :headline, :standfirst, :bodySource, :bodyHtml, :standfirst, :wordCount,
                        'published', :publishedAt, :updatedAt, :publishedAt, :categoryId)""");
            for (GeneratedArticle article : articles) {
                ArticleSource a = article.source();
                rows.bind("id", a.id()).bind("slug", a.slug()).bind("headline", a.headline())
                        .bind("standfirst", a.standfirst()).bind("bodySource", a.bodySource())
                        .bind("bodyHtml", article.body().html()).bind("wordCount", article.wordCount())
                        .bind("publishedAt", a.publishedAt().toEpochMilli())
                        .bind("updatedAt", a.updatedAt().toEpochMilli())
                        .bind("categoryId", a.categoryId())
                        .add();
            }
            rows.execute();
            PreparedBatch authors = links(h, "article_authors", "author_id");
            PreparedBatch categories = links(h, "article_categories", "category_id");
            PreparedBatch tags = links(h, "article_tags", "tag_id");
            for (GeneratedArticle article : articles) {
                ArticleSource a = article.source();
                add(authors, a.id(), a.authorIds());
                add(categories, a.id(), List.of(a.categoryId()));
                add(tags, a.id(), a.tagIds());
            }
            authors.execute();
            categories.execute();
            tags.execute();
        });
    }

    private static PreparedBatch links(Handle h, String table, String column) {
        return h.prepareBatch("INSERT INTO " + table + " (article_id, " + column + ", position)"
                + " VALUES (:article, :other, :position)");
    }

    private static void add(PreparedBatch batch, long articleId, List<Long> otherIds) {
        for (int position = 0; position < otherIds.size(); position++) {
            batch.bind("article", articleId).bind("other", otherIds.get(position)).bind("position", position).add();
        }
    }
}
