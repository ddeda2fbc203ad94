package press.masthead.admin.tools;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminJson;
import press.masthead.admin.AdminPaths;
import press.masthead.web.Routes;

/**
 * The Admin API's import and backup: upload a WordPress export to import in the background ({@code 202} with the
 * job), follow it, and stream a backup or a WordPress export. Admins only.
 */
public final class ToolsApiRoutes implements Routes {
    static final String IMPORTS = AdminGate.API + "/imports";

    private final ImportJobs imports;
    private final Downloads downloads;

    public ToolsApiRoutes(ImportJobs imports, Downloads downloads) {
        this.imports = imports;
        this.downloads = downloads;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(IMPORTS, this::upload);
        routes.get(IMPORTS, this::list);
        routes.get(IMPORTS + "/{id}", this::status);
        routes.post(AdminGate.API + "/backups", ctx -> downloads.backup(ctx, ToolsRoutes.admin(ctx)));
        routes.post(AdminGate.API + "/exports/wordpress",
                ctx -> downloads.wordPressExport(ctx, ToolsRoutes.admin(ctx)));
    }

    private void upload(Context ctx) {
        ImportJob job = imports.receive(ctx, ToolsRoutes.admin(ctx));
        ctx.header("Location", IMPORTS + "/" + job.id());
        AdminJson.send(ctx, 202, ImportStatus.of(job));
    }

    private void list(Context ctx) {
        ToolsRoutes.admin(ctx);
        AdminJson.send(ctx, Map.of("imports", imports.recent().stream().map(ImportStatus::of).toList()));
    }

    private void status(Context ctx) {
        ToolsRoutes.admin(ctx);
        long id = AdminPaths.id(ctx, "id");
        AdminJson.send(ctx, ImportStatus.of(imports.find(id).orElseThrow(() -> noSuchImport(id))));
    }

    static AdminException noSuchImport(long id) {
        return new AdminException.NotFound("There is no import " + id + " on this server: imports are kept in"
                + " memory, the latest " + ImportJobs.KEPT + ", until the server restarts. Reports of finished"
                + " imports are in the data directory's imports folder.");
    }
}
