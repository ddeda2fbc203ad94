package press.masthead.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import press.masthead.accounts.Account;
import press.masthead.accounts.ArticleAccess;
import press.masthead.accounts.ArticleAction;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.content.Article;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticlePageCursor;
import press.masthead.content.ArticleQuery;
import press.masthead.content.ArticleStatus;
import press.masthead.content.ArticleStore;
import press.masthead.content.Articles;
import press.masthead.content.HtmlTrust;
import press.masthead.content.Revision;
import press.masthead.content.SavedBy;
import press.masthead.content.Taxonomies;

/**
 * Every article action of the admin, for its pages and its API alike, with the permission table checked first:
 * an article the account may not see answers 404 (its existence is not confirmed), one it may see but not change
 * this way answers 403. Publishing, scheduling, unpublishing and deleting go into the audit log.
 */
public final class ArticleDesk {
    private final Supplier<Articles> articles;
    private final ArticleStore store;
    private final Taxonomies taxonomies;
    private final AuditLog audit;
    private final Clock clock;

    public ArticleDesk(Supplier<Articles> articles, ArticleStore store, Taxonomies taxonomies, AuditLog audit, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.taxonomies = taxonomies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The article, when this account may see it; otherwise 404, the same as for an article that does not exist. */
    Article visible(Principal principal, long id) {
        return store.findById(id)
                .filter(article -> ArticleAccess.allows(principal.account(), article, ArticleAction.VIEW))
                .orElseThrow(() -> new AdminException.NotFound("There is no article " + id + " that you can open."));
    }

    static void require(Principal principal, Article article, ArticleAction action) {
        if (!ArticleAccess.allows(principal.account(), article, action)) {
            throw new AdminException.Forbidden("Your role (" + principal.account().role().code() + ") may not "
                    + describe(action) + " this article.");
        }
    }

    static boolean allows(Principal principal, Article article, ArticleAction action) {
        return ArticleAccess.allows(principal.account(), article, action);
    }

    /** A list page: the account's own articles unless it may see everyone's. */
    List<Article> list(Principal principal, ArticleQuery query, ArticlePageCursor cursor, int limit) {
        return store.find(scoped(principal, query), cursor, limit);
    }

    int count(Principal principal, ArticleQuery query) {
        return store.count(scoped(principal, query));
    }

    Map<ArticleStatus, Integer> countByStatus(Principal principal, ArticleQuery query) {
        return store.countByStatus(scoped(principal, query));
    }

    static ArticleQuery scoped(Principal principal, ArticleQuery query) {
        Account me = principal.account();
        return ArticleAccess.seesEveryArticle(me) ? query : query.ownedBy(me.id(), me.authorId());
    }

    Article create(Principal principal, ArticleEdit edit, String ip) {
        Account me = principal.account();
        if (!ArticleAccess.mayCreate(me)) {
            throw new AdminException.Forbidden("Your role (" + me.role().code() + ") may not write articles.");
        }
        ArticleStatus target = edit.status() == null ? ArticleStatus.DRAFT : edit.status();
        ArticleEdit withByline = withOwnByline(me, edit);
        if (target != ArticleStatus.DRAFT) {
            // Checked against the article as it would be, owned by this account, before anything is written.
            requireMove(principal, articles.get().unsaved(null, draft(withByline, ArticleStatus.DRAFT, null),
                    savedBy(principal)), target, edit);
        }
        Article created = articles.get().create(draft(withByline, ArticleStatus.DRAFT, null), savedBy(principal));
        return target == ArticleStatus.DRAFT ? created : move(principal, created, target, edit, created.version(), ip);
    }

    /** An explicit save; a changed status is then a workflow step of its own, checked and audited as such. */
    Article save(Principal principal, long id, ArticleEdit edit, String ip) {
        Article before = visible(principal, id);
        require(principal, before, ArticleAction.EDIT);
        int version = requireVersion(edit);
        ArticleStatus target = edit.status() == null ? before.status() : edit.status();
        if (target != before.status()) {
            requireMove(principal, before, target, edit);
        }
        Article saved = articles.get().save(id, draft(edit, before.status(), before), version, savedBy(principal));
        return target == before.status() ? saved : move(principal, saved, target, edit, saved.version(), ip);
    }

    Article autosave(Principal principal, long id, ArticleEdit edit) {
        Article before = visible(principal, id);
        require(principal, before, ArticleAction.EDIT);
        return articles.get().autosave(id, draft(edit, before.status(), before), requireVersion(edit),
                savedBy(principal));
    }

    /** A workflow step on its own (from a list's bulk action or the API): submit, publish, schedule, unpublish. */
    Article transition(Principal principal, long id, ArticleStatus target, ArticleEdit timing, Integer version,
                       String ip) {
        Article before = visible(principal, id);
        requireMove(principal, before, target, timing);
        return move(principal, before, target, timing, version, ip);
    }

    void delete(Principal principal, long id, String ip) {
        Article before = visible(principal, id);
        require(principal, before, ArticleAction.DELETE);
        articles.get().delete(id);
        audit.record(principal.account(), "article.deleted", subject(before), before.status().code(), ip);
    }

    List<Revision> revisions(Principal principal, long id) {
        visible(principal, id);
        return store.revisions(id);
    }

    Revision revision(Principal principal, long id, long revisionId) {
        visible(principal, id);
        return store.revision(revisionId).filter(r -> r.articleId() == id)
                .orElseThrow(() -> new AdminException.NotFound("Article " + id + " has no revision " + revisionId + "."));
    }

    Article restore(Principal principal, long id, long revisionId, Integer version) {
        Article before = visible(principal, id);
        require(principal, before, ArticleAction.EDIT);
        revision(principal, id, revisionId);
        if (version == null) {
            throw new AdminException.Invalid("version", "Send the version of the article you are looking at.");
        }
        return articles.get().restore(id, revisionId, version, savedBy(principal));
    }

    /** The article as an edit would make it, rendered with this account's trust, without saving. */
    Article unsaved(Principal principal, Long id, ArticleEdit edit) {
        Article before = id == null ? null : visible(principal, id);
        ArticleEdit complete = before == null ? withOwnByline(principal.account(), edit) : edit;
        return articles.get().unsaved(id, draft(complete, before == null ? ArticleStatus.DRAFT : before.status(),
                before), savedBy(principal));
    }

    static SavedBy savedBy(Principal principal) {
        Account me = principal.account();
        return new SavedBy(me.id(), me.name(), me.can(Permission.RAW_HTML) ? HtmlTrust.RAW : HtmlTrust.SANITIZED);
    }

    private void requireMove(Principal principal, Article article, ArticleStatus target, ArticleEdit timing) {
        if (!article.status().canMoveTo(target)) {
            throw new AdminException.Conflict("status", "The article is " + article.status().code()
                    + "; it cannot become " + target.code() + " from there.");
        }
        require(principal, article, ArticleAccess.actionFor(article.status(), target));
        if (target == ArticleStatus.SCHEDULED && (timing == null || timing.publishAt() == null)) {
            throw new AdminException.Invalid("publishAt", "Say when to publish the article.");
        }
        if (target == ArticleStatus.SCHEDULED && !timing.publishAt().isAfter(clock.instant())) {
            throw new AdminException.Invalid("publishAt", "That time has passed; publish now or choose a later time.");
        }
    }

    private Article move(Principal principal, Article article, ArticleStatus target, ArticleEdit timing,
                         Integer version, String ip) {
        Article after = articles.get().changeStatus(article.id(), target,
                timing == null ? null : timing.publishAt(), version);
        String action = switch (target) {
            case PUBLISHED -> "article.published";
            case SCHEDULED -> "article.scheduled";
            case UNPUBLISHED -> "article.unpublished";
            case PENDING -> "article.submitted";
            case DRAFT -> article.status() == ArticleStatus.PUBLISHED ? "article.unpublished"
                    : article.status() == ArticleStatus.SCHEDULED ? "article.unscheduled" : "article.returned";
        };
        audit.record(principal.account(), action, subject(after),
                target == ArticleStatus.SCHEDULED ? "for " + after.publishedAt() : "", ip);
        return after;
    }

    private static int requireVersion(ArticleEdit edit) {
        if (edit.version() == null) {
            throw new AdminException.Invalid("version", "Send the version of the article you edited, so that a"
                    + " newer save by someone else is not overwritten.");
        }
        return edit.version();
    }

    /**
     * The article fields of an edit, with tag names turned into tags (new ones created) and each field the edit
     * leaves out taken from {@code before} (when there is one).
     */
    private ArticleDraft draft(ArticleEdit edit, ArticleStatus status, Article before) {
        ArticleDraft kept = before == null ? null : ArticleDraft.of(before);
        List<Long> tags = edit.tagIds() == null && edit.tagNames() == null && kept != null ? kept.tagIds()
                : tagIds(edit);
        List<Long> categories = edit.categoryIds() != null ? edit.categoryIds()
                : kept == null ? List.of() : categoriesOf(kept);
        return new ArticleDraft(or(edit.headline(), kept, ArticleDraft::headline),
                or(edit.standfirst(), kept, ArticleDraft::standfirst), or(edit.slug(), kept, ArticleDraft::slug),
                or(edit.body(), kept, ArticleDraft::bodySource), status, null,
                or(edit.authorIds(), kept, ArticleDraft::authorIds), categories.isEmpty() ? null : categories.get(0),
                categories.isEmpty() ? List.of() : categories.subList(1, categories.size()), tags,
                edit.featuredImage() != null ? edit.featuredImage().orElse(null)
                        : kept == null ? null : kept.featuredImage(),
                or(edit.language(), kept, ArticleDraft::language),
                or(edit.seoTitle(), kept, ArticleDraft::seoTitle), or(edit.seoDescription(), kept, ArticleDraft::seoDescription),
                or(edit.canonicalUrl(), kept, ArticleDraft::canonicalUrl),
                Boolean.TRUE.equals(or(edit.noindex(), kept, ArticleDraft::noindex)),
                Boolean.TRUE.equals(or(edit.featured(), kept, ArticleDraft::featured)));
    }

    private static <T> T or(T given, ArticleDraft kept, Function<ArticleDraft, T> current) {
        return given != null || kept == null ? given : current.apply(kept);
    }

    private List<Long> tagIds(ArticleEdit edit) {
        Set<Long> tags = new LinkedHashSet<>(edit.tagIds() == null ? List.of() : edit.tagIds());
        for (String name : edit.tagNames() == null ? List.<String>of() : edit.tagNames()) {
            if (!name.isBlank()) {
                tags.add(taxonomies.tag(name.strip()).id());
            }
        }
        return new ArrayList<>(tags);
    }

    private static List<Long> categoriesOf(ArticleDraft draft) {
        List<Long> all = new ArrayList<>();
        if (draft.primaryCategoryId() != null) {
            all.add(draft.primaryCategoryId());
        }
        all.addAll(draft.categoryIds());
        return all;
    }

    /** A new article without a byline gets the writer's own. */
    private static ArticleEdit withOwnByline(Account me, ArticleEdit edit) {
        return (edit.authorIds() == null || edit.authorIds().isEmpty()) && me.authorId() != null
                ? edit.withAuthors(List.of(me.authorId())) : edit;
    }

    static String subject(Article article) {
        return "“" + article.headline() + "” (article " + article.id() + ")";
    }

    private static String describe(ArticleAction action) {
        return switch (action) {
            case VIEW -> "open";
            case EDIT -> "change";
            case SUBMIT -> "submit for review";
            case PUBLISH -> "publish";
            case SCHEDULE -> "schedule";
            case UNPUBLISH -> "unpublish";
            case DELETE -> "delete";
        };
    }
}
