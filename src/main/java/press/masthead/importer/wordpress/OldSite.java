package press.masthead.importer.wordpress;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import press.masthead.site.Permalinks;
import press.masthead.web.BadRequestException;
import press.masthead.web.RequestPaths;

/**
 * The WordPress site an export came from: which URLs are its own, the key under which an old URL is remembered
 * (its path as {@link Permalinks#pathOf} spells it, or {@code /?p=123} for a query address), and which URLs are
 * uploads and where below the uploads folder they lie.
 */
final class OldSite {
    private final Set<String> hosts;
    private final List<String> uploadBases;

    private OldSite(Set<String> hosts, List<String> uploadBases) {
        this.hosts = hosts;
        this.uploadBases = uploadBases;
    }

    /**
     * @param uploadBases where uploads live, as absolute URLs ending in a slash; the usual
     *                    {@code /wp-content/uploads/} below the site is always one
     */
    static OldSite of(WxrChannel channel, Collection<String> uploadBases) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String url : List.of(channel.baseBlogUrl(), channel.link())) {
            parse(url.strip()).map(URI::getHost).map(OldSite::host).ifPresent(hosts::add);
        }
        List<String> bases = new ArrayList<>();
        String site = channel.siteUrl();
        if (!site.isEmpty()) {
            bases.add(withoutScheme((site.endsWith("/") ? site : site + "/") + "wp-content/uploads/"));
        }
        for (String base : uploadBases) {
            String key = withoutScheme(base);
            if (!key.isEmpty() && !bases.contains(key)) {
                bases.add(key);
            }
        }
        return new OldSite(Set.copyOf(hosts), List.copyOf(bases));
    }

    /** True for an absolute URL on the old site's host, and for a root-relative path (which meant the old site). */
    boolean isOwn(URI uri) {
        if (uri.getHost() == null) {
            return uri.getScheme() == null && uri.getRawPath() != null && uri.getRawPath().startsWith("/");
        }
        return hosts.contains(host(uri.getHost()));
    }

    /** The key of an old URL on this site, or empty when it points elsewhere or cannot be read. */
    Optional<String> pathKey(String url) {
        Optional<URI> parsed = parse(url.strip());
        if (parsed.isEmpty() || !isOwn(parsed.get())) {
            return Optional.empty();
        }
        URI uri = parsed.get();
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        try {
            List<String> segments = RequestPaths.segments(rawPath);
            String query = uri.getRawQuery();
            boolean home = segments.isEmpty() || segments.equals(List.of("index.php"));
            if (query != null && !query.isEmpty() && home) {
                return Optional.of("/?" + query);
            }
            boolean file = !segments.isEmpty() && segments.get(segments.size() - 1).contains(".");
            return Optional.of(Permalinks.pathOf(segments, !file));
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    /**
     * Where below the uploads folder an upload URL points ({@code 2013/03/photo.jpg}), decoded; empty for any other
     * URL and for a path that would climb out of the folder.
     */
    Optional<String> uploadPath(String url) {
        Optional<URI> parsed = parse(url.strip());
        if (parsed.isEmpty() || parsed.get().getRawPath() == null) {
            return Optional.empty();
        }
        URI uri = parsed.get();
        String key;
        if (uri.getHost() != null) {
            key = host(uri.getHost()) + uri.getRawPath();
        } else if (isOwn(uri) && !hosts.isEmpty()) {
            key = hosts.iterator().next() + uri.getRawPath();
        } else {
            return Optional.empty();
        }
        for (String base : uploadBases) {
            if (key.startsWith(base) && key.length() > base.length()) {
                return safeRelative(URLDecoder.decode(key.substring(base.length()).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    static Optional<String> safeRelative(String path) {
        String relative = path.replace('\\', '/');
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    /** Reads a URL as browsers do, forgiving the spaces and raw non-ASCII letters that content is full of. */
    static Optional<URI> parse(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            try {
                return Optional.of(new URI(escapeLoosely(url)));
            } catch (URISyntaxException again) {
                return Optional.empty();
            }
        }
    }

    private static String escapeLoosely(String url) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                escaped.append('%').append(String.format("%02X", c));
            } else {
                escaped.append((char) c);
            }
        }
        return escaped.toString();
    }

    /** A host without case or a leading {@code www.}: both spellings were the same site. */
    private static String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    private static String withoutScheme(String url) {
        return parse(url).filter(uri -> uri.getHost() != null)
                .map(uri -> host(uri.getHost()) + (uri.getRawPath() == null ? "/" : uri.getRawPath()))
                .map(key -> key.endsWith("/") ? key : key + "/")
                .orElse("");
    }
}
