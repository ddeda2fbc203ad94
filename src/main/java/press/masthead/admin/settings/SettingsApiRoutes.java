package press.masthead.admin.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.Principal;
import press.masthead.web.Routes;

/**
 * {@code /api/v1/admin/settings}: the site's settings. {@code PUT} takes any of the fields (one left out keeps its
 * value); a fault answers 400 naming the first field at fault, with every fault under {@code errors}.
 */
public final class SettingsApiRoutes implements Routes {
    private static final String PATH = AdminGate.API + "/settings";

    private final SettingsAdmin settings;

    public SettingsApiRoutes(SettingsAdmin settings) {
        this.settings = settings;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> AdminGate.principal(ctx).require(Permission.MANAGE_SETTINGS));
        routes.get(PATH, ctx -> AdminJson.send(ctx, SettingsView.of(settings.current(AdminGate.principal(ctx)))));
        routes.put(PATH, this::save);
    }

    private void save(Context ctx) {
        Principal who = AdminGate.principal(ctx);
        SettingsInput input = AdminJson.read(ctx, SettingsView.class).input();
        SettingsForm.Checked checked = settings.save(who, input, ctx.ip());
        if (!checked.ok()) {
            Map.Entry<String, String> first = checked.errors().entrySet().iterator().next();
            throw new SettingsRefused(first.getKey(), first.getValue(), checked.errors());
        }
        AdminJson.send(ctx, SettingsView.of(checked.settings()));
    }

    /** A 400 for the first field at fault; the message names how many others there are. */
    static final class SettingsRefused extends AdminException {
        SettingsRefused(String field, String message, Map<String, String> all) {
            super(400, "invalid", field, all.size() == 1 ? message
                    : message + " (and " + (all.size() - 1) + " more: " + String.join(", ",
                    all.keySet().stream().skip(1).toList()) + ")");
        }
    }
}
