package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.masthead.output.ContentHash;
import press.masthead.web.Routes;
import press.masthead.web.StaticFiles;

/**
 * The admin's own stylesheet and scripts, bundled in the jar and served by Masthead (no CDN). They are the same
 * for every account, so unlike admin pages they may be cached, revalidated by ETag.
 */
public final class AdminAssetRoutes implements Routes {
    static final String PATH = AdminGate.ADMIN + "/assets/";
    private static final String ROOT = "press/masthead/admin/assets/";

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH + "{file}", this::asset);
    }

    private void asset(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z0-9-]+\\.(css|js|svg)")) {
            throw new AdminException.NotFound("There is no admin asset " + file + ".");
        }
        byte[] body = loaded.computeIfAbsent(file, AdminAssetRoutes::read);
        if (body.length == 0) {
            throw new AdminException.NotFound("There is no admin asset " + file + ".");
        }
        String etag = ContentHash.etag(body);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(StaticFiles.mediaTypeOf(file)).result(body);
    }

    private static byte[] read(String file) {
        try (InputStream in = AdminAssetRoutes.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
