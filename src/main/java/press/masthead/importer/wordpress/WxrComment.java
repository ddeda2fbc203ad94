package press.masthead.importer.wordpress;

import static press.masthead.importer.wordpress.WxrNamespace.WXR;

/** A {@code wp:comment} inside an item. */
record WxrComment(String id, String author, String authorEmail, String authorUrl, String authorIp, String date,
                  String dateGmt, String content, String approved, String type, String parentId, int line) {

    static WxrComment from(XmlNode node) {
        return new WxrComment(text(node, "comment_id"), text(node, "comment_author"),
                text(node, "comment_author_email"), text(node, "comment_author_url"), text(node, "comment_author_IP"),
                text(node, "comment_date"), text(node, "comment_date_gmt"), node.text(WXR, "comment_content"),
                text(node, "comment_approved"), text(node, "comment_type"), text(node, "comment_parent"), node.line());
    }

    private static String text(XmlNode node, String name) {
        return node.text(WXR, name).strip();
    }
}
