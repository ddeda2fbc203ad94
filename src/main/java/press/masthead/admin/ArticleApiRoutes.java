package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.masthead.accounts.ArticleAccess;
import press.masthead.accounts.PreviewTokens;
import press.masthead.content.Article;
import press.masthead.content.ArticleConflictException;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticlePageCursor;
import press.masthead.content.ArticleQuery;
import press.masthead.content.ArticleStatus;
import press.masthead.content.BodyRenderer;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Revision;
import press.masthead.content.WordCounts;
import press.masthead.web.Routes;

/**
 * The Admin API for articles under {@code /api/v1/admin/articles}: list, read, write, autosave, the workflow's
 * steps, revisions with diffs and restore, preview links, and the live preview of a body. Every endpoint goes
 * through {@link ArticleDesk}, so the permission table is checked the same way as in the admin's pages.
 */
public final class ArticleApiRoutes implements Routes {
    static final String PATH = AdminGate.API + "/articles";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final ArticleDesk desk;
    private final ArticleSite site;
    private final BodyRenderer bodies;
    private final PreviewTokens previews;
    private final ArticleDiff.Names names;

    public ArticleApiRoutes(ArticleDesk desk, ArticleSite site, BodyRenderer bodies, PreviewTokens previews,
                            ArticleDiff.Names names) {
        this.desk = desk;
        this.site = site;
        this.bodies = bodies;
        this.previews = previews;
        this.names = names;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.post(PATH + "/render", this::render);
        routes.get(PATH + "/{id}", ctx -> send(ctx, 200, desk.visible(principal(ctx), AdminPaths.id(ctx, "id"))));
        routes.put(PATH + "/{id}", this::update);
        routes.delete(PATH + "/{id}", this::delete);
        routes.post(PATH + "/{id}/autosave", this::autosave);
        routes.post(PATH + "/{id}/submit", ctx -> transition(ctx, ArticleStatus.PENDING));
        routes.post(PATH + "/{id}/publish", ctx -> transition(ctx, ArticleStatus.PUBLISHED));
        routes.post(PATH + "/{id}/schedule", ctx -> transition(ctx, ArticleStatus.SCHEDULED));
        routes.post(PATH + "/{id}/unpublish", ctx -> transition(ctx, ArticleStatus.UNPUBLISHED));
        routes.get(PATH + "/{id}/revisions", this::revisions);
        routes.get(PATH + "/{id}/revisions/{revision}", this::revision);
        routes.get(PATH + "/{id}/revisions/{revision}/diff", this::diff);
        routes.post(PATH + "/{id}/revisions/{revision}/restore", this::restore);
        routes.post(PATH + "/{id}/preview-link", this::previewLink);
    }

    private static Principal principal(Context ctx) {
        return AdminGate.principal(ctx);
    }

    private void list(Context ctx) {
        Principal me = principal(ctx);
        ArticleQuery query = ArticleFilters.read(ctx);
        String cursorText = ctx.queryParam("cursor");
        ArticlePageCursor cursor = cursorText == null || cursorText.isBlank() ? null : cursor(cursorText);
        int limit = limit(ctx.queryParam("limit"));
        List<Article> page = desk.list(me, query, cursor, limit + 1);
        boolean more = page.size() > limit;
        List<Article> shown = more ? page.subList(0, limit) : page;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", shown.stream().map(a -> json(me, a)).toList());
        body.put("total", desk.count(me, query));
        body.put("nextCursor", more ? ArticlePageCursor.after(shown.get(shown.size() - 1)).token() : null);
        AdminJson.send(ctx, body);
    }

    private static ArticlePageCursor cursor(String text) {
        try {
            return ArticlePageCursor.parse(text);
        } catch (InvalidContentException e) {
            throw new AdminException.Invalid("cursor", "'" + text + "' is not a cursor this list gave out.");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("[0-9]{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw new AdminException.Invalid("limit", "limit is a number from 1 to " + MAX_LIMIT + ".");
        }
        return Integer.parseInt(text);
    }

    private void create(Context ctx) {
        ArticleEdit edit = AdminJson.read(ctx, ArticleInput.class).edit(site.timeZone().get());
        Article created = desk.create(principal(ctx), edit, ctx.ip());
        ctx.header("Location", PATH + "/" + created.id());
        send(ctx, 201, created);
    }

    private void update(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        ArticleEdit edit = AdminJson.read(ctx, ArticleInput.class).edit(site.timeZone().get());
        try {
            send(ctx, 200, desk.save(principal(ctx), id, edit, ctx.ip()));
        } catch (ArticleConflictException e) {
            conflict(ctx, e, edit);
        }
    }

    private void autosave(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        ArticleEdit edit = AdminJson.read(ctx, ArticleInput.class).edit(site.timeZone().get());
        try {
            send(ctx, 200, desk.autosave(principal(ctx), id, edit));
        } catch (ArticleConflictException e) {
            conflict(ctx, e, edit);
        }
    }

    /**
     * A save over a newer version: 409 with the article as it is now and what differs between it and what the
     * writer sent, so nothing they typed is lost and nothing of the other save is overwritten.
     */
    private void conflict(Context ctx, ArticleConflictException e, ArticleEdit mine) {
        Principal me = principal(ctx);
        Article current = e.current();
        Article yours = desk.unsaved(me, current.id(), mine);
        ArticleDiff diff = ArticleDiff.between(ArticleDraft.of(current), ArticleDraft.of(yours), names);
        Map<String, Object> body = conflictBody(ctx, e);
        body.put("differences", diff);
        AdminJson.send(ctx, 409, body);
    }

    private Map<String, Object> conflictBody(Context ctx, ArticleConflictException e) {
        Map<String, Object> body = new LinkedHashMap<>(AdminJson.error("conflict", e.getMessage(), "version", Map.of()));
        body.put("current", json(principal(ctx), e.current()));
        return body;
    }

    private void delete(Context ctx) {
        desk.delete(principal(ctx), AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.status(204);
    }

    /** A workflow step; the body is optional: {@code version} to guard it, {@code at} for scheduling. */
    record Step(Integer version, String at) {
    }

    private void transition(Context ctx, ArticleStatus target) {
        Step step = ctx.body().isBlank() ? new Step(null, null) : AdminJson.read(ctx, Step.class);
        Instant at = SiteTimes.parse("at", step.at(), site.timeZone().get());
        ArticleEdit timing = ArticleEdit.step(target, at, step.version());
        try {
            send(ctx, 200, desk.transition(principal(ctx), AdminPaths.id(ctx, "id"), target, timing, step.version(),
                    ctx.ip()));
        } catch (ArticleConflictException e) {
            AdminJson.send(ctx, 409, conflictBody(ctx, e));
        }
    }

    record RevisionSummary(long id, String kind, int articleVersion, Long accountId, String accountName,
                           Instant createdAt, String headline) {
        static RevisionSummary of(Revision r) {
            return new RevisionSummary(r.id(), r.kind().code(), r.articleVersion(), r.accountId(), r.accountName(),
                    r.createdAt(), r.content().headline());
        }
    }

    private void revisions(Context ctx) {
        List<Revision> all = desk.revisions(principal(ctx), AdminPaths.id(ctx, "id"));
        AdminJson.send(ctx, Map.of("revisions", all.stream().map(RevisionSummary::of).toList()));
    }

    private void revision(Context ctx) {
        Revision r = desk.revision(principal(ctx), AdminPaths.id(ctx, "id"), AdminPaths.id(ctx, "revision"));
        AdminJson.send(ctx, Map.of("revision", RevisionSummary.of(r), "content", r.content()));
    }

    /** The revision against the article as it is now, or against another revision ({@code ?against=ID}). */
    private void diff(Context ctx) {
        Principal me = principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        Revision r = desk.revision(me, id, AdminPaths.id(ctx, "revision"));
        String against = ctx.queryParam("against");
        ArticleDraft other;
        if (against == null || against.isBlank() || against.equals("current")) {
            other = ArticleDraft.of(desk.visible(me, id));
        } else if (against.matches("[0-9]{1,18}")) {
            other = desk.revision(me, id, Long.parseLong(against)).content();
        } else {
            throw new AdminException.Invalid("against", "against is 'current' or a revision id.");
        }
        AdminJson.send(ctx, ArticleDiff.between(r.content(), other, names));
    }

    private void restore(Context ctx) {
        Step step = ctx.body().isBlank() ? new Step(null, null) : AdminJson.read(ctx, Step.class);
        long id = AdminPaths.id(ctx, "id");
        try {
            send(ctx, 200, desk.restore(principal(ctx), id, AdminPaths.id(ctx, "revision"), step.version()));
        } catch (ArticleConflictException e) {
            AdminJson.send(ctx, 409, conflictBody(ctx, e));
        }
    }

    private void previewLink(Context ctx) {
        Article article = desk.visible(principal(ctx), AdminPaths.id(ctx, "id"));
        PreviewTokens.Issued issued = previews.issue(article.id());
        AdminJson.send(ctx, 201, Map.of("url", site.absolute().apply(PreviewRoutes.PUBLIC + issued.token()),
                "expiresAt", issued.expiresAt()));
    }

    record RenderRequest(String body) {
    }

    /** The live preview: a body through the same pipeline as a save, with the caller's trust; nothing is saved. */
    private void render(Context ctx) {
        Principal me = principal(ctx);
        if (!ArticleAccess.mayCreate(me.account())) {
            throw new AdminException.Forbidden("Your role (" + me.account().role().code() + ") may not write articles.");
        }
        RenderRequest request = AdminJson.read(ctx, RenderRequest.class);
        BodyRenderer.RenderedBody rendered = bodies.render(request.body() == null ? "" : request.body(),
                ArticleDesk.savedBy(me).trust());
        int words = WordCounts.of(rendered.plainText());
        AdminJson.send(ctx, Map.of("html", rendered.html(), "wordCount", words,
                "readingMinutes", ArticleJson.readingMinutes(words)));
    }

    private void send(Context ctx, int status, Article article) {
        AdminJson.send(ctx, status, json(principal(ctx), article));
    }

    private ArticleJson json(Principal me, Article article) {
        return ArticleJson.of(article, me, site.publicUrl().apply(article));
    }
}
