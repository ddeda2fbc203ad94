package press.masthead.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import press.masthead.accounts.Permission;

/**
 * Draws an admin page: the template's own model plus what every page needs (who is logged in and what they may
 * do, the CSRF token for forms, the menu, the site's title).
 */
public final class AdminPages {
    private final AdminTemplates templates;
    private final Supplier<String> siteTitle;

    public AdminPages(AdminTemplates templates, Supplier<String> siteTitle) {
        this.templates = templates;
        this.siteTitle = siteTitle;
    }

    public String siteTitle() {
        return siteTitle.get();
    }

    public void render(Context ctx, String template, Map<String, Object> model) {
        render(ctx, 200, template, model);
    }

    public void render(Context ctx, int status, String template, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("siteTitle", siteTitle.get());
        page.put("path", ctx.path());
        Principal principal = AdminGate.loggedIn(ctx).orElse(null);
        if (principal != null) {
            page.put("me", principal.account());
            page.put("can", permissionsOf(principal));
            page.put("csrf", principal.csrfToken());
            page.put("nav", AdminNav.visibleTo(principal));
        } else {
            AdminGate.pendingSession(ctx).ifPresent(session -> page.put("csrf", session.csrfToken()));
        }
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(templates.render(template, page).getBytes(StandardCharsets.UTF_8));
    }

    /** Permission names to booleans, so a template can say {@code can.MANAGE_USERS}. */
    private static Map<String, Boolean> permissionsOf(Principal principal) {
        Map<Permission, Boolean> byPermission = new EnumMap<>(Permission.class);
        for (Permission permission : Permission.values()) {
            byPermission.put(permission, principal.can(permission));
        }
        Map<String, Boolean> byName = new HashMap<>();
        byPermission.forEach((permission, allowed) -> byName.put(permission.name(), allowed));
        return byName;
    }
}
