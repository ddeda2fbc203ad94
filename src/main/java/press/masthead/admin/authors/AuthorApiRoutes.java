package press.masthead.admin.authors;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Principal;
import press.masthead.content.Author;
import press.masthead.web.Routes;

/** {@code /api/v1/admin/authors}: the profiles the caller may edit, and changing one. */
public final class AuthorApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/authors";

    private final AuthorAdmin authors;

    public AuthorApiRoutes(AuthorAdmin authors) {
        this.authors = authors;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> AdminJson.send(ctx,
                Map.of("authors", authors.editable(AdminGate.principal(ctx)).stream().map(AuthorView::of).toList())));
        routes.get(PATH + "/{id}", ctx -> AdminJson.send(ctx,
                AuthorView.of(authors.find(AdminGate.principal(ctx), AdminPaths.id(ctx, "id")))));
        routes.put(PATH + "/{id}", this::update);
    }

    record AuthorView(long id, String slug, String name, String bio, String avatarUrl, List<Author.Link> links) {
        static AuthorView of(Author a) {
            return new AuthorView(a.id(), a.slug(), a.name(), a.bio(), a.avatarUrl(), a.links());
        }
    }

    private void update(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        // Refused before the body is read when the profile is not the caller's to edit.
        authors.find(who, id);
        AuthorInput input = AdminJson.read(ctx, AuthorInput.class);
        AdminJson.send(ctx, AuthorView.of(authors.update(who, id, input, ctx.ip())));
    }
}
