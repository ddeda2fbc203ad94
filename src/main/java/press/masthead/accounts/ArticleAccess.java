package press.masthead.accounts;

import static press.masthead.accounts.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;

/**
 * The permission table applied to one article. An account's own articles are those it created or whose byline
 * carries its author profile; the {@code _OWN} permissions reach those, the {@code _ANY} ones every article. One
 * rule goes beyond the table: a writer who may not publish (a contributor) edits only what is not public or
 * scheduled, since changing a published article would publish the change.
 */
public final class ArticleAccess {
    private static final Set<ArticleStatus> UNPUBLISHED_STATES =
            EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.PENDING, ArticleStatus.UNPUBLISHED);

    private ArticleAccess() {
    }

    public static boolean owns(Account account, Article article) {
        return (article.ownerId() != null && article.ownerId() == account.id())
                || (account.authorId() != null
                    && article.authors().stream().anyMatch(author -> author.id() == account.authorId()));
    }

    /** Whether the account may create articles at all (they become its own). */
    public static boolean mayCreate(Account account) {
        return account.can(EDIT_OWN_ARTICLES);
    }

    /** Whether the account sees articles other than its own (lists, dashboard). */
    public static boolean seesEveryArticle(Account account) {
        return account.can(EDIT_ANY_ARTICLE);
    }

    public static boolean allows(Account account, Article article, ArticleAction action) {
        boolean own = owns(account, article);
        boolean visible = account.can(EDIT_ANY_ARTICLE) || (own && account.can(EDIT_OWN_ARTICLES));
        boolean publishes = account.can(PUBLISH_ANY_ARTICLE) || (own && account.can(PUBLISH_OWN_ARTICLES));
        return switch (action) {
            case VIEW -> visible;
            case EDIT -> visible && (publishes || UNPUBLISHED_STATES.contains(article.status()));
            case SUBMIT -> visible && account.can(SUBMIT_FOR_REVIEW);
            case PUBLISH, SCHEDULE, UNPUBLISH -> visible && publishes;
            case DELETE -> visible && (account.can(DELETE_ANY_ARTICLE) || (own && account.can(DELETE_OWN_ARTICLES)));
        };
    }

    /** The action that moving an article from {@code from} to {@code to} amounts to. */
    public static ArticleAction actionFor(ArticleStatus from, ArticleStatus to) {
        if (from == to) {
            return ArticleAction.EDIT;
        }
        return switch (to) {
            case PUBLISHED -> ArticleAction.PUBLISH;
            case SCHEDULED -> ArticleAction.SCHEDULE;
            case UNPUBLISHED -> ArticleAction.UNPUBLISH;
            case PENDING -> ArticleAction.SUBMIT;
            case DRAFT -> from == ArticleStatus.PUBLISHED ? ArticleAction.UNPUBLISH
                    : from == ArticleStatus.SCHEDULED ? ArticleAction.SCHEDULE : ArticleAction.EDIT;
        };
    }
}
