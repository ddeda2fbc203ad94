package press.masthead.importer.wordpress;

import static press.masthead.importer.wordpress.WxrNamespace.WXR;

/** A {@code wp:author} of the export: a WordPress user, known to items by login. */
record WxrAuthor(String id, String login, String displayName, String firstName, String lastName, int line) {

    static WxrAuthor from(XmlNode node) {
        return new WxrAuthor(node.text(WXR, "author_id").strip(), node.text(WXR, "author_login").strip(),
                node.text(WXR, "author_display_name").strip(),
                node.text(WXR, "author_first_name").strip(), node.text(WXR, "author_last_name").strip(), node.line());
    }

    /** The name for the byline: the display name, else first and last name, else the login. */
    String name() {
        if (!displayName.isEmpty()) {
            return displayName;
        }
        String full = (firstName + " " + lastName).strip();
        return full.isEmpty() ? login : full;
    }
}
