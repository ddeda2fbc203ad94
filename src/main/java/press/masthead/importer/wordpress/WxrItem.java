package press.masthead.importer.wordpress;

import static press.masthead.importer.wordpress.WxrNamespace.CONTENT;
import static press.masthead.importer.wordpress.WxrNamespace.DUBLIN_CORE;
import static press.masthead.importer.wordpress.WxrNamespace.EXCERPT;
import static press.masthead.importer.wordpress.WxrNamespace.RSS;
import static press.masthead.importer.wordpress.WxrNamespace.WXR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code item} of the export: a post, page, attachment or anything else WordPress keeps as a post, with its
 * terms, custom fields and comments. Text fields are as the file has them, stripped of surrounding space.
 */
record WxrItem(int line, String postId, String postType, String status, String title, String link, String guid,
               String creator, String content, String excerpt, String postName, String postDate, String postDateGmt,
               String postModified, String postModifiedGmt, String pubDate, String postParent, String password,
               boolean sticky, String attachmentUrl, List<TermRef> terms, List<Meta> meta,
               List<WxrComment> comments) {

    static final String POST = "post";
    static final String PAGE = "page";
    static final String ATTACHMENT = "attachment";

    /** A term an item is filed under: {@code <category domain="post_tag" nicename="slug">Name</category>}. */
    record TermRef(String domain, String slug, String name) {
    }

    /** A custom field ({@code wp:postmeta}). */
    record Meta(String key, String value) {
    }

    static WxrItem from(XmlNode node) {
        List<TermRef> terms = new ArrayList<>();
        for (XmlNode category : node.all(RSS, "category")) {
            // Old exports repeat each term without a nicename; only the entries with one name a term.
            if (!category.attribute("nicename").isBlank()) {
                terms.add(new TermRef(category.attribute("domain").strip(), category.attribute("nicename").strip(),
                        category.text().strip()));
            }
        }
        List<Meta> meta = new ArrayList<>();
        for (XmlNode postmeta : node.all(WXR, "postmeta")) {
            String key = postmeta.text(WXR, "meta_key").strip();
            if (!key.isEmpty()) {
                meta.add(new Meta(key, postmeta.text(WXR, "meta_value")));
            }
        }
        List<WxrComment> comments = node.all(WXR, "comment").stream().map(WxrComment::from).toList();
        return new WxrItem(node.line(), wp(node, "post_id"), wp(node, "post_type"), wp(node, "status"),
                node.text(RSS, "title").strip(), node.text(RSS, "link").strip(), node.text(RSS, "guid").strip(),
                node.text(DUBLIN_CORE, "creator").strip(), node.text(CONTENT, "encoded"),
                node.text(EXCERPT, "encoded").strip(), wp(node, "post_name"), wp(node, "post_date"),
                wp(node, "post_date_gmt"), wp(node, "post_modified"), wp(node, "post_modified_gmt"),
                node.text(RSS, "pubDate").strip(), wp(node, "post_parent"), wp(node, "post_password"),
                "1".equals(wp(node, "is_sticky")), wp(node, "attachment_url"), List.copyOf(terms),
                List.copyOf(meta), comments);
    }

    private static String wp(XmlNode node, String name) {
        return node.text(WXR, name).strip();
    }

    /** The value of the first custom field with this key. */
    Optional<String> meta(String key) {
        return meta.stream().filter(m -> m.key().equals(key)).map(Meta::value).findFirst();
    }

    /** How the report names the item: its type, id and title. */
    String label() {
        String kind = postType.isEmpty() ? "item" : postType;
        String id = postId.isEmpty() ? "" : " " + postId;
        return kind + id + (title.isEmpty() ? "" : " \"" + title + "\"");
    }
}
