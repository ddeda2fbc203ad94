package press.masthead.web;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import press.masthead.output.CachedResponse;
import press.masthead.output.PageCache;

/**
 * The first handler in Jetty's chain: a GET or HEAD for a cached page is answered here, from bytes, before the
 * servlet layer, the router, the database or the templates are touched. Everything else passes on to Javalin.
 */
final class PageCacheHandler extends Handler.Wrapper {
    private final PageCache cache;

    PageCacheHandler(PageCache cache) {
        this.cache = cache;
    }

    static String keyOf(String rawPath) {
        return rawPath;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if ((HttpMethod.GET.is(method) || head) && request.getHttpURI().getQuery() == null) {
            Optional<CachedResponse> hit = cache.get(keyOf(request.getHttpURI().getPath()));
            if (hit.isPresent()) {
                send(request, response, callback, hit.get(), head);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }

    private static void send(Request request, Response response, Callback callback, CachedResponse cached,
                             boolean head) {
        var headers = request.getHeaders();
        Answer answer = Answer.to(cached, headers.get(HttpHeader.IF_NONE_MATCH), headers.get(HttpHeader.IF_MODIFIED_SINCE),
                headers.get(HttpHeader.ACCEPT_ENCODING));
        response.setStatus(answer.status());
        var out = response.getHeaders();
        for (Map.Entry<String, String> header : SecurityHeaders.PUBLIC) {
            out.put(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, String> header : answer.headers()) {
            out.put(header.getKey(), header.getValue());
        }
        out.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(answer.body()), callback);
    }
}
