package press.masthead.admin.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.content.Page;
import press.masthead.web.Routes;

/** {@code /api/v1/admin/pages}: list, create, read, change and delete static pages. */
public final class PageApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/pages";

    private final PageAdmin pages;

    public PageApiRoutes(PageAdmin pages) {
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        // Refused before the body is read, so a role without the permission learns nothing about the rules.
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_PAGES));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_PAGES));
        routes.get(PATH, this::list);
        routes.post(PATH, this::create);
        routes.get(PATH + "/{id}", this::show);
        routes.put(PATH + "/{id}", this::update);
        routes.delete(PATH + "/{id}", this::delete);
    }

    record PageView(long id, String title, String slug, String body, boolean published, Instant publishedAt,
                    Instant updatedAt, String language, String seoTitle, String seoDescription, boolean noindex,
                    String url) {
    }

    private PageView view(Page page) {
        return new PageView(page.id(), page.title(), page.slug(), page.bodySource(), page.published(),
                page.publishedAt(), page.updatedAt(), page.language(), page.seoTitle(), page.seoDescription(),
                page.noindex(), pages.publicUrl(page));
    }

    private void list(Context ctx) {
        AdminJson.send(ctx, Map.of("pages", pages.all(AdminGate.principal(ctx)).stream().map(this::view).toList()));
    }

    private void create(Context ctx) {
        PageInput input = AdminJson.read(ctx, PageInput.class);
        AdminJson.send(ctx, 201, view(pages.create(AdminGate.principal(ctx), input.draft(), ctx.ip())));
    }

    private void show(Context ctx) {
        AdminJson.send(ctx, view(pages.find(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"))));
    }

    private void update(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        PageInput input = AdminJson.read(ctx, PageInput.class);
        AdminJson.send(ctx, view(pages.update(AdminGate.principal(ctx), id, input.draft(), ctx.ip())));
    }

    private void delete(Context ctx) {
        pages.delete(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.status(204);
    }
}
