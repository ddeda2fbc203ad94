package press.masthead.web;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP endpoints; {@code app.MastheadApp} lists every feature's routes in one place. */
public interface Routes {
    void register(RoutesConfig routes);
}
