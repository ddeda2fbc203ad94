package press.masthead.admin.tools;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.masthead.accounts.Account;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.AdminGate;
import press.masthead.admin.AdminPages;
import press.masthead.admin.AdminPaths;
import press.masthead.web.Routes;

/**
 * The admin's Import and backup page at {@code /admin/tools}, for admins: upload a WordPress export (then follow
 * its import on a page of its own, which a small script refreshes), and download a backup or a WordPress export.
 */
public final class ToolsRoutes implements Routes {
    static final String PAGE = AdminGate.ADMIN + "/tools";

    private final ImportJobs imports;
    private final Downloads downloads;
    private final AdminPages pages;

    public ToolsRoutes(ImportJobs imports, Downloads downloads, AdminPages pages) {
        this.imports = imports;
        this.downloads = downloads;
        this.pages = pages;
    }

    static String importPage(long id) {
        return PAGE + "/imports/" + id;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::tools);
        routes.post(PAGE + "/imports", this::upload);
        routes.get(PAGE + "/imports/{id}", this::importStatus);
        routes.post(PAGE + "/backup", ctx -> downloads.backup(ctx, admin(ctx)));
        routes.post(PAGE + "/export", ctx -> downloads.wordPressExport(ctx, admin(ctx)));
    }

    private void tools(Context ctx) {
        admin(ctx);
        pages.render(ctx, "tools/index", model(Map.of(), false, false));
    }

    private void upload(Context ctx) {
        Account admin = admin(ctx);
        try {
            ImportJob job = imports.receive(ctx, admin);
            ctx.redirect(importPage(job.id()), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (AdminException.Invalid | AdminException.Conflict e) {
            Map<String, String> errors = Map.of(e.field() == null ? ImportUpload.FILE : e.field(), e.getMessage());
            pages.render(ctx, e.status(), "tools/index", model(errors,
                    "on".equals(ctx.formParam(ImportUpload.DRY_RUN)),
                    "on".equals(ctx.formParam(ImportUpload.KEEP_PERMALINKS))));
        }
    }

    private void importStatus(Context ctx) {
        admin(ctx);
        long id = AdminPaths.id(ctx, "id");
        ImportJob job = imports.find(id).orElseThrow(() -> ToolsApiRoutes.noSuchImport(id));
        pages.render(ctx, "tools/import", Map.of("job", ImportStatus.of(job),
                "statusUrl", ToolsApiRoutes.IMPORTS + "/" + id));
    }

    private Map<String, Object> model(Map<String, String> errors, boolean dryRun, boolean keepPermalinks) {
        List<ImportStatus> recent = imports.recent().stream().map(ImportStatus::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("recent", recent);
        model.put("running", recent.stream().filter(status -> !status.over()).findFirst().orElse(null));
        model.put("dryRun", dryRun);
        model.put("keepPermalinks", keepPermalinks);
        return model;
    }

    static Account admin(Context ctx) {
        var principal = AdminGate.principal(ctx);
        principal.require(Permission.IMPORT_AND_BACKUP);
        return principal.account();
    }
}
