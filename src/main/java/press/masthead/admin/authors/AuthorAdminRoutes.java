package press.masthead.admin.authors;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Principal;
import press.masthead.content.Author;
import press.masthead.content.InvalidContentException;
import press.masthead.web.Routes;

/**
 * {@code /admin/authors}: an admin's list of every author profile, and the form that edits one. Everyone else
 * lands on the form for their own profile.
 */
public final class AuthorAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/authors";

    private final AuthorAdmin authors;
    private final AdminPages views;

    public AuthorAdminRoutes(AuthorAdmin authors, AdminPages views) {
        this.authors = authors;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/{id}", this::edit);
        routes.post(PATH + "/{id}", this::update);
    }

    private void list(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        List<Author> editable = authors.editable(who);
        if (!who.can(Permission.MANAGE_USERS)) {
            if (editable.isEmpty()) {
                throw new AdminException.NotFound("Your account has no author profile.");
            }
            ctx.redirect(PATH + "/" + editable.get(0).id());
            return;
        }
        views.render(ctx, "authors/list", Map.of("authors", editable));
    }

    private void edit(Context ctx) {
        Author author = authors.find(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"));
        form(ctx, 200, author, AuthorInput.of(author), Map.of());
    }

    private void update(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        Author author = authors.find(who, AdminPaths.id(ctx, "id"));
        AuthorInput input = AuthorInput.fromForm(ctx);
        try {
            authors.update(who, author.id(), input, ctx.ip());
            ctx.redirect(PATH + "/" + author.id() + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            form(ctx, 400, author, input, Map.of(e.field(), e.reason()));
        }
    }

    private void form(Context ctx, int status, Author author, AuthorInput input, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("author", author);
        model.put("input", input);
        model.put("rows", input.rows());
        model.put("errors", errors);
        model.put("saved", ctx.queryParam("saved") != null);
        views.render(ctx, status, "authors/form", model);
    }
}
