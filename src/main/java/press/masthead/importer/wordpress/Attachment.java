package press.masthead.importer.wordpress;

/**
 * What the survey remembers of each attachment, so that items can use it before it is imported (a featured image
 * or a gallery usually comes later in the file than the post showing it).
 */
record Attachment(String url, String alt, String caption, String parentId) {

    static Attachment from(WxrItem item) {
        String url = item.attachmentUrl().isEmpty() ? item.guid() : item.attachmentUrl();
        return new Attachment(url.strip(), item.meta("_wp_attachment_image_alt").orElse("").strip(), item.excerpt(),
                item.postParent());
    }
}
