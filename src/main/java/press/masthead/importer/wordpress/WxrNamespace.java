package press.masthead.importer.wordpress;

import java.util.regex.Pattern;

/**
 * The XML namespaces of a WXR file, recognised by URI and never by prefix: exports in the wild bind {@code wp:} to
 * other URIs and the WXR URI to other prefixes. Every WXR version (1.0, 1.1, 1.2, over http or https) counts as WXR.
 */
enum WxrNamespace {
    RSS, WXR, EXCERPT, CONTENT, DUBLIN_CORE, OTHER;

    private static final Pattern WXR_URI = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/");
    private static final Pattern EXCERPT_URI = Pattern.compile("https?://wordpress\\.org/export/[0-9]+\\.[0-9]+/excerpt/");

    static WxrNamespace of(String uri) {
        if (uri == null || uri.isEmpty()) {
            return RSS;
        }
        if (WXR_URI.matcher(uri).matches()) {
            return WXR;
        }
        if (EXCERPT_URI.matcher(uri).matches()) {
            return EXCERPT;
        }
        if ("http://purl.org/rss/1.0/modules/content/".equals(uri)) {
            return CONTENT;
        }
        if ("http://purl.org/dc/elements/1.1/".equals(uri)) {
            return DUBLIN_CORE;
        }
        return OTHER;
    }
}
