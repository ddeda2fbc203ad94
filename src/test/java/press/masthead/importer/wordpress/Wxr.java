package press.masthead.importer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small WXR files written in a test: a channel around items given as text. */
final class Wxr {
    private Wxr() {
    }

    static String export(String siteUrl, String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Old site</title><link>%1$s</link>
                <wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>%1$s</wp:base_blog_url>
                <wp:author><wp:author_login>editor</wp:author_login>
                  <wp:author_display_name>The Editor</wp:author_display_name></wp:author>
                %2$s
                </channel>
                </rss>
                """.formatted(siteUrl, items);
    }

    /** A published post by the editor, dated 5 March 2024 at noon GMT. */
    static String post(int id, String slug, String link, String content) {
        return """
                <item><title>Post %1$d</title><link>%3$s</link><dc:creator>editor</dc:creator>
                <content:encoded><![CDATA[%4$s]]></content:encoded>
                <wp:post_id>%1$d</wp:post_id><wp:post_name>%2$s</wp:post_name>
                <wp:post_date>2024-03-05 12:00:00</wp:post_date><wp:post_date_gmt>2024-03-05 12:00:00</wp:post_date_gmt>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
                """.formatted(id, slug, link, content);
    }

    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
