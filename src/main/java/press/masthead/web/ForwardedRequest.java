package press.masthead.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who really asked and over what, when Masthead sits behind reverse proxies: the forwarding headers are believed
 * only from the proxies named in the {@code trusted-proxies} setting, since anyone else could write them. Login
 * throttling and the audit log then see the reader's address, not the proxy's; cookies get {@code Secure} when
 * the proxy received https.
 */
final class ForwardedRequest {
    private final Set<String> trusted;

    ForwardedRequest(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies);
    }

    /**
     * The address of the client: walking {@code X-Forwarded-For} from the right, the first address that is not one
     * of our proxies (the ones to its left were written by the client and prove nothing).
     */
    String ip(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trusted.contains(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    String scheme(Context ctx) {
        String scheme = ctx.req().getScheme();
        if (!trusted.contains(ctx.req().getRemoteAddr())) {
            return scheme;
        }
        String forwarded = ctx.header("X-Forwarded-Proto");
        if (forwarded == null) {
            return scheme;
        }
        String first = forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return "https".equals(first) || "http".equals(first) ? first : scheme;
    }
}
