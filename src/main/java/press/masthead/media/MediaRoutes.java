package press.masthead.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import press.masthead.web.ErrorPages;
import press.masthead.web.RequestPaths;
import press.masthead.web.Responses;
import press.masthead.web.Routes;
import press.masthead.web.StaticFiles;

/** Serves media files at {@code /media/}, with validators so browsers and proxies keep them. */
public final class MediaRoutes implements Routes {
    private static final String CACHE_CONTROL = "public, max-age=86400";

    private final MediaLibrary library;
    private final ErrorPages errorPages;

    public MediaRoutes(MediaLibrary library, ErrorPages errorPages) {
        this.library = library;
        this.errorPages = errorPages;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler serve = this::serve;
        routes.get("/media/<path>", serve);
        routes.head("/media/<path>", serve);
    }

    private void serve(Context ctx) {
        String rawPath = ctx.req().getRequestURI();
        List<String> segments = RequestPaths.segments(rawPath);
        Optional<Path> file = library.find(String.join("/", segments.subList(1, segments.size())));
        if (file.isEmpty()) {
            Responses.send(ctx, errorPages.notFound(rawPath));
            return;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file.get()).toInstant();
            long size = Files.size(file.get());
            // Size and modification time identify a media file's version without reading it.
            String etag = "\"m" + Long.toHexString(size) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
            Responses.send(ctx, 200, Files.readAllBytes(file.get()), StaticFiles.mediaTypeOf(file.get().toString()),
                    etag, modified, CACHE_CONTROL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
