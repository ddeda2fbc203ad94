package press.masthead.admin.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.web.Routes;

/** {@code /admin/settings}: one form with every site setting, each message beside its field. */
public final class SettingsAdminRoutes implements Routes {
    private static final String PATH = AdminGate.ADMIN + "/settings";

    private final SettingsAdmin settings;
    private final AdminPages views;

    public SettingsAdminRoutes(SettingsAdmin settings, AdminPages views) {
        this.settings = settings;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_SETTINGS));
        routes.get(PATH, ctx -> form(ctx, 200,
                SettingsInput.of(settings.current(AdminGate.principal(ctx))), Map.of()));
        routes.post(PATH, this::save);
    }

    private void save(Context ctx) {
        SettingsInput input = SettingsInput.fromForm(ctx);
        SettingsForm.Checked checked = settings.save(AdminGate.principal(ctx), input, ctx.ip());
        if (checked.ok()) {
            ctx.redirect(PATH + "?saved", HttpStatus.SEE_OTHER);
        } else {
            form(ctx, 400, input, checked.errors());
        }
    }

    private void form(Context ctx, int status, SettingsInput input, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("input", input);
        model.put("profiles", input.rows());
        model.put("errors", errors);
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("maxPerPage", SettingsForm.MAX_ARTICLES_PER_PAGE);
        views.render(ctx, status, "settings/form", model);
    }
}
