package press.masthead.importer.wordpress;

/** What a WXR file says about the site it came from, read from the elements before its authors and items. */
record WxrChannel(String title, String link, String version, String baseBlogUrl) {

    static final String READ_AS_VERSION = "1.2";

    /** The site's own address: the blog URL, else the channel link. */
    String siteUrl() {
        return !baseBlogUrl.isBlank() ? baseBlogUrl.strip() : link.strip();
    }

    /** A warning when the version tag is missing or names no WXR version Masthead knows; empty otherwise. */
    String versionWarning() {
        String v = version.strip();
        if (v.isEmpty()) {
            return "the file has no wp:wxr_version; read as WXR " + READ_AS_VERSION;
        }
        if (!v.equals("1.0") && !v.equals("1.1") && !v.equals("1.2")) {
            return "wp:wxr_version is '" + v + "', not 1.0, 1.1 or 1.2; read as WXR " + READ_AS_VERSION;
        }
        return "";
    }
}
