package press.masthead.admin.taxonomy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Principal;
import press.masthead.admin.taxonomy.TaxonomyInput.CategoryInput;
import press.masthead.admin.taxonomy.TaxonomyInput.MergeInput;
import press.masthead.admin.taxonomy.TaxonomyInput.TagInput;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.web.Routes;

/**
 * {@code /api/v1/admin/tags} and {@code /api/v1/admin/categories}. {@code GET /tags?q=} is the editor's tag
 * autocomplete. Deleting takes the replacement as {@code ?replacement=ID}.
 */
public final class TaxonomyApiRoutes implements Routes {
    private static final String TAGS = AdminGate.API + "/tags";
    private static final String CATEGORIES = AdminGate.API + "/categories";
    private static final int MAX_LIMIT = 50;

    private final TaxonomyAdmin taxonomy;

    public TaxonomyApiRoutes(TaxonomyAdmin taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(TAGS, this::tags);
        routes.post(TAGS, this::createTag);
        routes.get(TAGS + "/{id}", ctx -> AdminJson.send(ctx, view(taxonomy.tag(AdminGate.principal(ctx), id(ctx)))));
        routes.put(TAGS + "/{id}", this::updateTag);
        routes.post(TAGS + "/{id}/merge", this::mergeTag);
        routes.delete(TAGS + "/{id}", this::deleteTag);
        routes.get(CATEGORIES, ctx -> AdminJson.send(ctx, Map.of("categories",
                taxonomy.categories(AdminGate.principal(ctx)).stream().map(TaxonomyApiRoutes::view).toList())));
        routes.post(CATEGORIES, this::createCategory);
        routes.get(CATEGORIES + "/{id}",
                ctx -> AdminJson.send(ctx, view(taxonomy.category(AdminGate.principal(ctx), id(ctx)))));
        routes.put(CATEGORIES + "/{id}", this::updateCategory);
        routes.post(CATEGORIES + "/{id}/merge", this::mergeCategory);
        routes.delete(CATEGORIES + "/{id}", this::deleteCategory);
    }

    record TagView(long id, String name, String slug, String description, String path, int articles) {
    }

    record CategoryView(long id, String name, String slug, String description, Long parentId, String path,
                        int articles) {
    }

    /** An autocomplete suggestion: just enough to show it and to file the article under it. */
    record TagSuggestion(long id, String name, String slug) {
    }

    private static TagView view(TagRow row) {
        Tag tag = row.tag();
        return new TagView(tag.id(), tag.name(), tag.slug(), tag.description(), row.path(), row.articles());
    }

    private static CategoryView view(CategoryRow row) {
        Category c = row.category();
        return new CategoryView(c.id(), c.name(), c.slug(), c.description(), c.parentId(), row.path(), row.articles());
    }

    private void tags(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        String q = ctx.queryParam("q");
        if (q == null) {
            AdminJson.send(ctx, Map.of("tags", taxonomy.tags(who).stream().map(TaxonomyApiRoutes::view).toList()));
            return;
        }
        int limit = limit(ctx.queryParam("limit"));
        AdminJson.send(ctx, Map.of("tags", taxonomy.findTags(who, q, limit).stream()
                .map(tag -> new TagSuggestion(tag.id(), tag.name(), tag.slug())).toList()));
    }

    private void createTag(Context ctx) {
        Principal who = manager(ctx);
        TagInput input = AdminJson.read(ctx, TagInput.class);
        Tag tag = taxonomy.createTag(who, input.name(), input.slug(), input.description(), ctx.ip());
        AdminJson.send(ctx, 201, view(taxonomy.tag(who, tag.id())));
    }

    private void updateTag(Context ctx) {
        Principal who = manager(ctx);
        long id = id(ctx);
        TagInput input = AdminJson.read(ctx, TagInput.class);
        taxonomy.updateTag(who, id, input.name(), input.slug(), input.description(), ctx.ip());
        AdminJson.send(ctx, view(taxonomy.tag(who, id)));
    }

    private void mergeTag(Context ctx) {
        Principal who = manager(ctx);
        long id = id(ctx);
        Tag into = taxonomy.mergeTag(who, id, AdminJson.read(ctx, MergeInput.class).required(), ctx.ip());
        AdminJson.send(ctx, view(taxonomy.tag(who, into.id())));
    }

    private void deleteTag(Context ctx) {
        Principal who = manager(ctx);
        taxonomy.deleteTag(who, id(ctx), TaxonomyInput.optionalId(ctx.queryParam("replacement"), "replacement"), ctx.ip());
        ctx.status(204);
    }

    private void createCategory(Context ctx) {
        Principal who = manager(ctx);
        CategoryInput input = AdminJson.read(ctx, CategoryInput.class);
        Category category = taxonomy.createCategory(who, input.name(), input.slug(), input.description(),
                input.parentId(), ctx.ip());
        AdminJson.send(ctx, 201, view(taxonomy.category(who, category.id())));
    }

    private void updateCategory(Context ctx) {
        Principal who = manager(ctx);
        long id = id(ctx);
        CategoryInput input = AdminJson.read(ctx, CategoryInput.class);
        taxonomy.updateCategory(who, id, input.name(), input.slug(), input.description(), input.parentId(), ctx.ip());
        AdminJson.send(ctx, view(taxonomy.category(who, id)));
    }

    private void mergeCategory(Context ctx) {
        Principal who = manager(ctx);
        long id = id(ctx);
        Category into = taxonomy.mergeCategory(who, id, AdminJson.read(ctx, MergeInput.class).required(), ctx.ip());
        AdminJson.send(ctx, view(taxonomy.category(who, into.id())));
    }

    private void deleteCategory(Context ctx) {
        Principal who = manager(ctx);
        taxonomy.deleteCategory(who, id(ctx), TaxonomyInput.optionalId(ctx.queryParam("replacement"), "replacement"),
                ctx.ip());
        ctx.status(204);
    }

    /** The caller, refused before the body is read when their role may not change tags and categories. */
    private static Principal manager(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        who.require(Permission.MANAGE_TAXONOMIES);
        return who;
    }

    private static long id(Context ctx) {
        return AdminPaths.id(ctx, "id");
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return TaxonomyAdmin.AUTOCOMPLETE_LIMIT;
        }
        if (!value.strip().matches("[0-9]{1,3}") || Integer.parseInt(value.strip()) < 1
                || Integer.parseInt(value.strip()) > MAX_LIMIT) {
            throw new AdminException.Invalid("limit", "'" + value + "' is not a number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(value.strip());
    }
}
