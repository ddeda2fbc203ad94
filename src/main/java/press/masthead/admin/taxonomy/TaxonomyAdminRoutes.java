package press.masthead.admin.taxonomy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.admin.Forms;
import press.masthead.admin.Principal;
import press.masthead.admin.taxonomy.TaxonomyInput.CategoryInput;
import press.masthead.admin.taxonomy.TaxonomyInput.TagInput;
import press.masthead.content.Category;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Tag;
import press.masthead.web.Routes;

/**
 * {@code /admin/taxonomies}: the tags and the category tree with forms to add to them, and a page per tag and per
 * category to rename, move, merge or delete it.
 */
public final class TaxonomyAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/taxonomies";

    private final TaxonomyAdmin taxonomy;
    private final AdminPages views;

    public TaxonomyAdminRoutes(TaxonomyAdmin taxonomy, AdminPages views) {
        this.taxonomy = taxonomy;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_TAXONOMIES));
        routes.before(PATH + "/*", ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_TAXONOMIES));
        routes.get(PATH, ctx -> overview(ctx, 200, Map.of()));
        routes.post(PATH + "/tags", this::createTag);
        routes.get(PATH + "/tags/{id}", ctx -> tagPage(ctx, 200, null, Map.of()));
        routes.post(PATH + "/tags/{id}", this::updateTag);
        routes.post(PATH + "/tags/{id}/merge", this::mergeTag);
        routes.post(PATH + "/tags/{id}/delete", this::deleteTag);
        routes.post(PATH + "/categories", this::createCategory);
        routes.get(PATH + "/categories/{id}", ctx -> categoryPage(ctx, 200, null, Map.of()));
        routes.post(PATH + "/categories/{id}", this::updateCategory);
        routes.post(PATH + "/categories/{id}/merge", this::mergeCategory);
        routes.post(PATH + "/categories/{id}/delete", this::deleteCategory);
    }

    private void overview(Context ctx, int status, Map<String, Object> extra) {
        Principal who = AdminGate.principal(ctx);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("tags", taxonomy.tags(who));
        model.put("categories", taxonomy.categories(who));
        model.put("done", ctx.queryParam("done"));
        views.render(ctx, status, "taxonomy/overview", model);
    }

    private void createTag(Context ctx) {
        TagInput input = TagInput.fromForm(ctx);
        try {
            taxonomy.createTag(AdminGate.principal(ctx), input.name(), input.slug(), input.description(), ctx.ip());
            ctx.redirect(PATH + "?done=tag-created", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            overview(ctx, 400, Map.of("tagInput", input, "errors", Map.of("tag-" + e.field(), e.reason())));
        }
    }

    private void createCategory(Context ctx) {
        try {
            CategoryInput input = CategoryInput.fromForm(ctx);
            try {
                taxonomy.createCategory(AdminGate.principal(ctx), input.name(), input.slug(),
                        input.description(), input.parentId(), ctx.ip());
                ctx.redirect(PATH + "?done=category-created",
                        HttpStatus.SEE_OTHER);
            } catch (InvalidContentException e) {
                overview(ctx, 400, Map.of("categoryInput", input,
                        "errors", Map.of("category-" + e.field(), e.reason())));
            }
        } catch (AdminException.Invalid e) {
            overview(ctx, 400, Map.of("errors", Map.of("category-" + e.field(), e.getMessage())));
        }
    }

    private void tagPage(Context ctx, int status, TagInput typed, Map<String, String> errors) {
        Principal who = AdminGate.principal(ctx);
        TagRow row = taxonomy.tag(who, AdminPaths.id(ctx, "id"));
        Map<String, Object> model = new HashMap<>();
        model.put("row", row);
        model.put("input", typed != null ? typed
                : new TagInput(row.tag().name(), row.tag().slug(), row.tag().description()));
        model.put("others", taxonomy.tags(who).stream().filter(other -> other.tag().id() != row.tag().id()).toList());
        model.put("errors", errors);
        model.put("saved", ctx.queryParam("saved") != null);
        views.render(ctx, status, "taxonomy/tag", model);
    }

    private void updateTag(Context ctx) {
        TagInput input = TagInput.fromForm(ctx);
        long id = AdminPaths.id(ctx, "id");
        try {
            taxonomy.updateTag(AdminGate.principal(ctx), id, input.name(), input.slug(), input.description(), ctx.ip());
            ctx.redirect(PATH + "/tags/" + id + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            tagPage(ctx, 400, input, Map.of(e.field(), e.reason()));
        }
    }

    private void mergeTag(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            Long into = TaxonomyInput.optionalId(Forms.field(ctx, "into"), "into");
            if (into == null) {
                throw new AdminException.Invalid("into", "choose the tag to merge into");
            }
            taxonomy.mergeTag(AdminGate.principal(ctx), id, into, ctx.ip());
            ctx.redirect(PATH + "?done=tag-merged", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            tagPage(ctx, 400, null, Map.of(e.field(), e.reason()));
        } catch (AdminException.Invalid e) {
            tagPage(ctx, 400, null, Map.of(e.field(), e.getMessage()));
        }
    }

    private void deleteTag(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            Long replacement = TaxonomyInput.optionalId(Forms.field(ctx, "replacement"), "replacement");
            taxonomy.deleteTag(AdminGate.principal(ctx), id, replacement, ctx.ip());
            ctx.redirect(PATH + "?done=tag-deleted", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            tagPage(ctx, 400, null, Map.of(e.field(), e.reason()));
        } catch (AdminException.Invalid e) {
            tagPage(ctx, 400, null, Map.of(e.field(), e.getMessage()));
        }
    }

    private void categoryPage(Context ctx, int status, CategoryInput typed, Map<String, String> errors) {
        Principal who = AdminGate.principal(ctx);
        long id = AdminPaths.id(ctx, "id");
        CategoryRow row = taxonomy.category(who, id);
        Category c = row.category();
        Map<String, Object> model = new HashMap<>();
        model.put("row", row);
        model.put("input", typed != null ? typed : new CategoryInput(c.name(), c.slug(), c.description(), c.parentId()));
        model.put("parents", taxonomy.possibleParents(who, id));
        model.put("others", taxonomy.categories(who).stream().filter(other -> other.category().id() != id).toList());
        model.put("errors", errors);
        model.put("saved", ctx.queryParam("saved") != null);
        views.render(ctx, status, "taxonomy/category", model);
    }

    private void updateCategory(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        CategoryInput input;
        try {
            input = CategoryInput.fromForm(ctx);
        } catch (AdminException.Invalid e) {
            categoryPage(ctx, 400, null, Map.of(e.field(), e.getMessage()));
            return;
        }
        try {
            taxonomy.updateCategory(AdminGate.principal(ctx), id, input.name(), input.slug(), input.description(),
                    input.parentId(), ctx.ip());
            ctx.redirect(PATH + "/categories/" + id + "?saved", HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            categoryPage(ctx, 400, input, Map.of(e.field().equals("parent") ? "parentId" : e.field(), e.reason()));
        }
    }

    private void mergeCategory(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            Long into = TaxonomyInput.optionalId(Forms.field(ctx, "into"), "into");
            if (into == null) {
                throw new AdminException.Invalid("into", "choose the category to merge into");
            }
            taxonomy.mergeCategory(AdminGate.principal(ctx), id, into, ctx.ip());
            ctx.redirect(PATH + "?done=category-merged",
                    HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            categoryPage(ctx, 400, null, Map.of(e.field(), e.reason()));
        } catch (AdminException.Invalid e) {
            categoryPage(ctx, 400, null, Map.of(e.field(), e.getMessage()));
        }
    }

    private void deleteCategory(Context ctx) {
        long id = AdminPaths.id(ctx, "id");
        try {
            Long replacement = TaxonomyInput.optionalId(Forms.field(ctx, "replacement"), "replacement");
            taxonomy.deleteCategory(AdminGate.principal(ctx), id, replacement, ctx.ip());
            ctx.redirect(PATH + "?done=category-deleted",
                    HttpStatus.SEE_OTHER);
        } catch (InvalidContentException e) {
            categoryPage(ctx, 400, null, Map.of(e.field(), e.reason()));
        } catch (AdminException.Invalid e) {
            categoryPage(ctx, 400, null, Map.of(e.field(), e.getMessage()));
        }
    }
}
