package press.masthead.importer.wordpress;

import static press.masthead.importer.wordpress.WxrNamespace.WXR;

/**
 * A category, tag or other term declared at the top of an export ({@code wp:category}, {@code wp:tag} or
 * {@code wp:term}), known to items and children by its slug.
 */
record WxrTerm(String taxonomy, String termId, String slug, String parentSlug, String name, String description,
               int line) {
    static final String CATEGORY = "category";
    static final String TAG = "post_tag";

    /** The term an entry declares, or null when the entry is no term. */
    static WxrTerm from(XmlNode node) {
        if (node.is(WXR, "category")) {
            return new WxrTerm(CATEGORY, text(node, "term_id"), text(node, "category_nicename"),
                    text(node, "category_parent"), text(node, "cat_name"), text(node, "category_description"),
                    node.line());
        }
        if (node.is(WXR, "tag")) {
            return new WxrTerm(TAG, text(node, "term_id"), text(node, "tag_slug"), "", text(node, "tag_name"),
                    text(node, "tag_description"), node.line());
        }
        if (node.is(WXR, "term")) {
            return new WxrTerm(text(node, "term_taxonomy"), text(node, "term_id"), text(node, "term_slug"),
                    text(node, "term_parent"), text(node, "term_name"), text(node, "term_description"), node.line());
        }
        return null;
    }

    private static String text(XmlNode node, String name) {
        return node.text(WXR, name).strip();
    }
}
