package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import press.masthead.accounts.ArticleAccess;
import press.masthead.accounts.ArticleAction;
import press.masthead.accounts.Permission;
import press.masthead.accounts.PreviewTokens;
import press.masthead.content.Article;
import press.masthead.content.ArticleConflictException;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticlePageCursor;
import press.masthead.content.ArticleQuery;
import press.masthead.content.ArticleStatus;
import press.masthead.content.AuthorStore;
import press.masthead.content.HtmlTrust;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Revision;
import press.masthead.content.Tag;
import press.masthead.content.TaxonomyStore;
import press.masthead.web.Routes;

/**
 * The admin's article pages: the list with filters, pages and bulk actions, the editor (which works as a plain
 * form and is enhanced by {@code editor.js}), revisions with a side-by-side diff, and preview links. Every change
 * goes through {@link ArticleDesk}, as the API's do.
 */
public final class ArticleRoutes implements Routes {
    static final String PATH = AdminGate.ADMIN + "/articles";
    private static final int PAGE_SIZE = 25;

    private final ArticleDesk desk;
    private final AdminPages pages;
    private final ArticleSite site;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final PreviewTokens previews;
    private final ArticleDiff.Names names;

    public ArticleRoutes(ArticleDesk desk, AdminPages pages, ArticleSite site, AuthorStore authors,
                         TaxonomyStore taxonomy, PreviewTokens previews, ArticleDiff.Names names) {
        this.desk = desk;
        this.pages = pages;
        this.site = site;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.previews = previews;
        this.names = names;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH + "/bulk", this::bulk);
        routes.get(PATH + "/new", this::newArticle);
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", this::edit);
        routes.post(PATH + "/{id}", this::save);
        routes.post(PATH + "/{id}/delete", this::delete);
        routes.get(PATH + "/{id}/revisions", this::revisions);
        routes.get(PATH + "/{id}/revisions/{revision}", this::revision);
        routes.post(PATH + "/{id}/revisions/{revision}/restore", this::restore);
        routes.post(PATH + "/{id}/preview-link", this::previewLink);
    }

    private ZoneId zone() {
        return site.timeZone().get();
    }

    private void list(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        ArticleQuery query = ArticleFilters.read(ctx);
        String cursorText = ctx.queryParam("cursor");
        ArticlePageCursor cursor = null;
        if (cursorText != null && !cursorText.isBlank()) {
            try {
                cursor = ArticlePageCursor.parse(cursorText);
            } catch (InvalidContentException e) {
                throw new AdminException.Invalid("cursor", "This page link is broken; start from the first page.");
            }
        }
        List<Article> found = desk.list(me, query, cursor, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<Article> shown = more ? found.subList(0, PAGE_SIZE) : found;
        Map<String, Object> model = new HashMap<>();
        model.put("articles", shown.stream().map(a -> row(me, a)).toList());
        model.put("counts", desk.countByStatus(me, query));
        model.put("total", desk.count(me, query));
        model.put("filters", filterValues(query));
        model.put("statuses", ArticleStatus.values());
        model.put("authorChoices", authors.all());
        model.put("categoryChoices", CategoryChoices.of(taxonomy.allCategories()));
        model.put("tagChoices", taxonomy.allTags());
        model.put("nextPage", more ? pageLink(ctx, ArticlePageCursor.after(shown.get(shown.size() - 1)).token()) : null);
        model.put("firstPage", cursor == null ? null : pageLink(ctx, null));
        model.put("done", ctx.queryParam("done"));
        pages.render(ctx, "articles", model);
    }

    /** A row of the list: the article and what the viewer may do with it. */
    record Row(Article article, boolean canPublish, boolean canDelete, String updated) {
    }

    private Row row(Principal me, Article a) {
        return new Row(a, ArticleDesk.allows(me, a, ArticleAction.PUBLISH),
                ArticleDesk.allows(me, a, ArticleAction.DELETE), SiteTimes.display(a.updatedAt(), zone()));
    }

    /** The filters as the form shows them again: ids as numbers, so the template compares them with choices. */
    private static Map<String, Object> filterValues(ArticleQuery query) {
        Map<String, Object> values = new HashMap<>();
        values.put("status", query.status() == null ? "" : query.status().code());
        values.put("author", query.authorId());
        values.put("category", query.categoryId());
        values.put("tag", query.tagId());
        values.put("q", query.text() == null ? "" : query.text());
        return values;
    }

    private static String pageLink(Context ctx, String cursor) {
        StringBuilder link = new StringBuilder(PATH + "?");
        for (String name : List.of("status", "author", "category", "tag", "q")) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        if (cursor != null) {
            link.append("cursor=").append(cursor);
        }
        String built = link.toString();
        return built.endsWith("&") || built.endsWith("?") ? built.substring(0, built.length() - 1) : built;
    }

    /** One outcome of a bulk action. */
    record BulkResult(long id, String headline, boolean done, String message) {
    }

    /**
     * Publishes, unpublishes or deletes the chosen articles, each checked on its own. When all went through, back to
     * the list; otherwise a page saying which were refused and why, answered with the refusal's status.
     */
    private void bulk(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        String action = Forms.field(ctx, "action");
        if (!List.of("publish", "unpublish", "delete").contains(action)) {
            throw new AdminException.Invalid("action", "Choose publish, unpublish or delete.");
        }
        List<BulkResult> results = new ArrayList<>();
        int status = 200;
        for (long id : ArticleForm.ids(ctx, "ids")) {
            try {
                String headline = desk.visible(me, id).headline();
                switch (action) {
                    case "publish" -> desk.transition(me, id, ArticleStatus.PUBLISHED, null, null, ctx.ip());
                    case "unpublish" -> desk.transition(me, id, ArticleStatus.UNPUBLISHED, null, null, ctx.ip());
                    default -> desk.delete(me, id, ctx.ip());
                }
                results.add(new BulkResult(id, headline, true, ""));
            } catch (AdminException e) {
                results.add(new BulkResult(id, "Article " + id, false, e.getMessage()));
                status = Math.max(status, e.status() == 409 ? 400 : e.status());
            } catch (InvalidContentException e) {
                results.add(new BulkResult(id, "Article " + id, false, e.getMessage()));
                status = Math.max(status, 400);
            }
        }
        if (results.isEmpty()) {
            throw new AdminException.Invalid("ids", "Tick the articles to " + action + " first.");
        }
        if (status == 200) {
            ctx.redirect(PATH + "?done=" + results.size(), HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, status, "articles-bulk", Map.of("results", results, "action", action));
    }

    private void newArticle(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        if (!ArticleAccess.mayCreate(me.account())) {
            throw new AdminException.Forbidden("Your role (" + me.account().role().code() + ") may not write articles.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("authors", me.account().authorId() == null ? List.of() : List.of(me.account().authorId()));
        values.put("categories", List.of());
        editor(ctx, 200, null, values, Map.of(), null);
    }

    private void create(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        try {
            ArticleEdit edit = ArticleForm.read(ctx, zone());
            ArticleEdit asked = withStatus(edit, requestedStatus(ctx, null));
            Article created = desk.create(me, asked, ctx.ip());
            ctx.redirect(PATH + "/" + created.id() + "?saved=1", HttpStatus.SEE_OTHER);
        } catch (AdminException.Invalid e) {
            editor(ctx, 400, null, ArticleForm.typed(ctx), Map.of(fieldOf(e.field()), e.getMessage()), null);
        } catch (InvalidContentException e) {
            editor(ctx, 400, null, ArticleForm.typed(ctx), Map.of(fieldOf(e.field()), message(e)), null);
        }
    }

    private void edit(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        Article article = desk.visible(me, AdminPaths.id(ctx, "id"));
        editor(ctx, 200, article, ArticleForm.values(article, zone()), Map.of(), null);
    }

    /** The editor's save, with the workflow step its button asked for; a refusal shows the form as typed. */
    private void save(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        Article before = desk.visible(me, id);
        try {
            ArticleEdit edit = ArticleForm.read(ctx, zone());
            ArticleEdit asked = withStatus(edit, requestedStatus(ctx, before.status()));
            desk.save(me, id, asked, ctx.ip());
            ctx.redirect(PATH + "/" + id + "?saved=1", HttpStatus.SEE_OTHER);
        } catch (ArticleConflictException e) {
            Article current = e.current();
            Article mine = desk.unsaved(me, id, ArticleForm.read(ctx, zone()));
            ArticleDiff diff = ArticleDiff.between(ArticleDraft.of(current), ArticleDraft.of(mine), names);
            Map<String, Object> typed = new HashMap<>(ArticleForm.typed(ctx));
            // The writer has now seen the other save: saving again replaces it with what they typed.
            typed.put("version", current.version());
            editor(ctx, 409, current, typed, Map.of(), diff);
        } catch (AdminException.Invalid | AdminException.Conflict e) {
            editor(ctx, e.status(), before, ArticleForm.typed(ctx), Map.of(fieldOf(e.field()), e.getMessage()), null);
        } catch (InvalidContentException e) {
            editor(ctx, 400, before, ArticleForm.typed(ctx), Map.of(fieldOf(e.field()), message(e)), null);
        }
    }

    private static String fieldOf(String field) {
        return field == null ? "form" : field;
    }

    private static String message(InvalidContentException e) {
        return e.getMessage().substring(e.field().length() + 2);
    }

    /** The status a button asks for: the editor's buttons are save, submit, publish, schedule and unpublish. */
    private static ArticleStatus requestedStatus(Context ctx, ArticleStatus current) {
        return switch (Forms.field(ctx, "action")) {
            case "submit" -> ArticleStatus.PENDING;
            case "publish" -> ArticleStatus.PUBLISHED;
            case "schedule" -> ArticleStatus.SCHEDULED;
            case "unpublish" -> ArticleStatus.UNPUBLISHED;
            default -> current;
        };
    }

    private static ArticleEdit withStatus(ArticleEdit e, ArticleStatus status) {
        return new ArticleEdit(e.headline(), e.standfirst(), e.slug(), e.body(), status, e.publishAt(), e.authorIds(),
                e.categoryIds(), e.tagIds(), e.tagNames(), e.featuredImage(), e.language(), e.seoTitle(),
                e.seoDescription(), e.canonicalUrl(), e.noindex(), e.featured(), e.version());
    }

    private void editor(Context ctx, int status, Article article, Map<String, Object> values,
                        Map<String, String> errors, ArticleDiff conflict) {
        Principal me = AdminGate.principal(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("article", article);
        model.put("values", values);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("authorChoices", authors.all());
        model.put("categoryChoices", CategoryChoices.of(taxonomy.allCategories()));
        model.put("tagNames", taxonomy.allTags().stream().map(Tag::name).toList());
        model.put("timeZone", zone().getId());
        model.put("rawHtml", ArticleDesk.savedBy(me).trust() == HtmlTrust.RAW);
        Map<String, Boolean> allowed = new HashMap<>();
        for (ArticleAction action : ArticleAction.values()) {
            // A new article will be the writer's own: the _OWN permissions decide its buttons.
            allowed.put(action.name().toLowerCase(Locale.ROOT), article == null ? me.can(ownPermission(action))
                    : ArticleDesk.allows(me, article, action));
        }
        model.put("allowed", allowed);
        if (article != null) {
            model.put("publicUrl", site.publicUrl().apply(article));
            model.put("readingMinutes", ArticleJson.readingMinutes(article.wordCount()));
        }
        pages.render(ctx, status, "article-editor", model);
    }

    private static Permission ownPermission(ArticleAction action) {
        return switch (action) {
            case SUBMIT -> Permission.SUBMIT_FOR_REVIEW;
            case PUBLISH, SCHEDULE, UNPUBLISH -> Permission.PUBLISH_OWN_ARTICLES;
            case DELETE -> Permission.DELETE_OWN_ARTICLES;
            case VIEW, EDIT -> Permission.EDIT_OWN_ARTICLES;
        };
    }

    private void delete(Context ctx) {
        desk.delete(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.redirect(PATH + "?done=1", HttpStatus.SEE_OTHER);
    }

    private void revisions(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        Article article = desk.visible(me, id);
        List<Revision> all = desk.revisions(me, id);
        pages.render(ctx, "article-revisions", Map.of("article", article, "revisions", all,
                "times", all.stream().map(r -> SiteTimes.display(r.createdAt(), zone())).toList(),
                "canEdit", ArticleDesk.allows(me, article, ArticleAction.EDIT)));
    }

    private void revision(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        Article article = desk.visible(me, id);
        Revision revision = desk.revision(me, id, AdminPaths.id(ctx, "revision"));
        ArticleDiff diff = ArticleDiff.between(revision.content(), ArticleDraft.of(article), names);
        pages.render(ctx, "article-revision", Map.of("article", article, "revision", revision, "diff", diff,
                "time", SiteTimes.display(revision.createdAt(), zone()),
                "canEdit", ArticleDesk.allows(me, article, ArticleAction.EDIT)));
    }

    private void restore(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        String version = Forms.field(ctx, "version");
        try {
            desk.restore(me, id, AdminPaths.id(ctx, "revision"), version.matches("[0-9]{1,9}") ? Integer.valueOf(version) : null);
        } catch (ArticleConflictException e) {
            throw new AdminException.Conflict("version", e.getMessage());
        }
        ctx.redirect(PATH + "/" + id + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void previewLink(Context ctx) {
        Article article = desk.visible(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"));
        PreviewTokens.Issued issued = previews.issue(article.id());
        pages.render(ctx, "preview-link", Map.of("article", article,
                "url", site.absolute().apply(PreviewRoutes.PUBLIC + issued.token()),
                "expires", SiteTimes.display(issued.expiresAt(), zone()), "timeZone", zone().getId()));
    }
}
