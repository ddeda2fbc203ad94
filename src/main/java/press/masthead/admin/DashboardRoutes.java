package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import press.masthead.web.Routes;

/** The admin's front page at {@code /admin/}. */
public final class DashboardRoutes implements Routes {
    private final AdminPages pages;

    public DashboardRoutes(AdminPages pages) {
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.ADMIN + "/", ctx -> pages.render(ctx, "dashboard", Map.of()));
    }
}
