package press.masthead.media;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import press.masthead.web.ErrorPages;
import press.masthead.web.RequestPaths;
import press.masthead.web.Responses;
import press.masthead.web.Routes;
import press.masthead.web.StaticFiles;

/** Serves media files at {@code /media/}, streamed from storage, with validators so browsers and proxies keep them. */
public final class MediaRoutes implements Routes {
    private static final String CACHE_CONTROL = "public, max-age=86400";

    private final MediaStorage storage;
    private final ErrorPages errorPages;

    public MediaRoutes(MediaStorage storage, ErrorPages errorPages) {
        this.storage = storage;
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
        Optional<StoredMedia> found = storage.find(String.join("/", segments.subList(1, segments.size())));
        if (found.isEmpty()) {
            Responses.send(ctx, errorPages.notFound(rawPath));
            return;
        }
        StoredMedia media = found.get();
        // Size and modification time identify a media file's version without reading it.
        String etag = "\"m" + Long.toHexString(media.size()) + "-"
                + Long.toHexString(media.lastModified().toEpochMilli()) + "\"";
        try {
            Responses.stream(ctx, StaticFiles.mediaTypeOf(media.key()), media.size(), etag, media.lastModified(),
                    CACHE_CONTROL, media::open);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the media file " + media.key() + ": " + e.getMessage(), e);
        }
    }
}
