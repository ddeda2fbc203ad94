package press.masthead.admin.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Principal;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Page;
import press.masthead.web.Routes;

/** {@code /admin/pages}: the list of static pages and the form that creates, edits and deletes one. */
public final class PageAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/pages";

    private final PageAdmin pages;
    private final AdminPages views;

    public PageAdminRoutes(PageAdmin pages, AdminPages views) {
        this.pages = pages;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_PAGES));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_PAGES));
        routes.get(PATH, this::list);
        routes.get(PATH + "/new", ctx -> form(ctx, 200, null, PageInput.empty(), Map.of()));
        routes.post(PATH + "/new", this::create);
        routes.get(PATH + "/{id}", this::edit);
        routes.post(PATH + "/{id}", this::update);
        routes.post(PATH + "/{id}/delete", this::delete);
    }

    private void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("pages", pages.all(AdminGate.principal(ctx)));
        model.put("deleted", ctx.queryParam("deleted") != null);
        views.render(ctx, "pages/list", model);
    }

    private void edit(Context ctx) {
        Page page = pages.find(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"));
        form(ctx, 200, page, PageInput.of(page), Map.of());
    }

    private void create(Context ctx) {
        PageInput input = PageInput.fromForm(ctx);
        try {
            Page page = pages.create(AdminGate.principal(ctx), input.draft(), ctx.ip());
            ctx.redirect(PATH + "/" + page.id() + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            form(ctx, 400, null, input, Map.of(e.field(), e.reason()));
        }
    }

    private void update(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        Page page = pages.find(who, AdminPaths.id(ctx, "id"));
        PageInput input = PageInput.fromForm(ctx);
        try {
            pages.update(who, page.id(), input.draft(), ctx.ip());
            ctx.redirect(PATH + "/" + page.id() + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            form(ctx, 400, page, input, Map.of(e.field(), e.reason()));
        }
    }

    private void delete(Context ctx) {
        pages.delete(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"), ctx.ip());
        ctx.redirect(PATH + "?deleted", HttpStatus.SEE_OTHER);
    }

    /** The form, with what was typed kept on a failed save and the message beside its field. */
    private void form(Context ctx, int status, Page page, PageInput input, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("url", page == null ? null : pages.publicUrl(page));
        model.put("input", input);
        model.put("errors", errors);
        model.put("saved", ctx.queryParam("saved") != null);
        views.render(ctx, status, "pages/form", model);
    }
}
