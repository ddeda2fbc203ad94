package press.masthead.content;

/**
 * Which articles, in any status, an admin list shows. Null fields do not filter. {@code ownAccountId} with
 * {@code ownAuthorId} narrows the list to one account's own articles: those it created or is a byline on.
 * {@code text} matches headlines, ignoring case.
 */
public record ArticleQuery(ArticleStatus status, Long authorId, Long categoryId, Long tagId, String text,
                           Long ownAccountId, Long ownAuthorId) {

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null, null, null);
    }

    public ArticleQuery withStatus(ArticleStatus newStatus) {
        return new ArticleQuery(newStatus, authorId, categoryId, tagId, text, ownAccountId, ownAuthorId);
    }

    public ArticleQuery ownedBy(long accountId, Long authorProfileId) {
        return new ArticleQuery(status, authorId, categoryId, tagId, text, accountId, authorProfileId);
    }
}
