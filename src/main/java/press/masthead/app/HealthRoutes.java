package press.masthead.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import press.masthead.store.Database;
import press.masthead.web.Routes;

/** {@code /healthz} for load balancers: 200 while the database answers, 503 when it does not. */
final class HealthRoutes implements Routes {
    private final Database database;

    HealthRoutes(Database database) {
        this.database = database;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/healthz", this::health);
        routes.head("/healthz", this::health);
    }

    private void health(Context ctx) {
        boolean up = database.isHealthy();
        ctx.header("Cache-Control", "no-store");
        ctx.status(up ? 200 : 503).contentType("application/json")
                .result(up ? "{\"status\":\"ok\",\"database\":\"up\"}\n" : "{\"status\":\"unavailable\",\"database\":\"down\"}\n");
    }
}
