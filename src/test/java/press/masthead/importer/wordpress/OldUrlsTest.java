package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * Every kind of old WordPress address answers 301 with the new one over the real server, and content that linked
 * to the old site links to the new addresses and to the copied files.
 */
@OnBothDatabases
class OldUrlsTest {
    @Parameter
    Backend backend;

    static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>The Old Gazette</title>
              <link>https://old.example.com</link>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:base_site_url>https://old.example.com</wp:base_site_url>
              <wp:base_blog_url>https://old.example.com</wp:base_blog_url>
              <wp:author><wp:author_id>7</wp:author_id><wp:author_login>jdoe</wp:author_login>
                <wp:author_display_name>Jane Doe</wp:author_display_name></wp:author>
              <wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>local_news</wp:category_nicename>
                <wp:category_parent></wp:category_parent><wp:cat_name>Local news</wp:cat_name></wp:category>
              <wp:category><wp:term_id>6</wp:term_id><wp:category_nicename>harbour</wp:category_nicename>
                <wp:category_parent>local_news</wp:category_parent><wp:cat_name>Harbour</wp:cat_name></wp:category>
              <wp:tag><wp:term_id>8</wp:term_id><wp:tag_slug>hot_topics</wp:tag_slug><wp:tag_name>Hot topics</wp:tag_name></wp:tag>
              <item>
                <title>Ferry returns</title>
                <link>https://old.example.com/2024/03/05/ferry-returns/</link>
                <guid isPermaLink="false">https://old.example.com/?p=10</guid>
                <dc:creator>jdoe</dc:creator>
                <content:encoded><![CDATA[The ferry is back. See <a href="https://old.example.com/archives/ferry-timetable.html">the timetable</a>.

            <img src="https://old.example.com/wp-content/uploads/2024/03/ferry.jpg" alt="The ferry">]]></content:encoded>
                <wp:post_id>10</wp:post_id>
                <wp:post_date>2024-03-05 10:00:00</wp:post_date><wp:post_date_gmt>2024-03-05 10:00:00</wp:post_date_gmt>
                <wp:post_name>ferry-returns</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="category" nicename="harbour"><![CDATA[Harbour]]></category>
                <category domain="post_tag" nicename="hot_topics"><![CDATA[Hot topics]]></category>
              </item>
              <item>
                <title>Ferry returns</title>
                <link>https://old.example.com/2024/03/05/ferry-returns/ferry-photo/</link>
                <guid isPermaLink="false">https://old.example.com/wp-content/uploads/2024/03/ferry.jpg</guid>
                <wp:post_id>30</wp:post_id><wp:post_parent>10</wp:post_parent>
                <wp:post_date_gmt>2024-03-05 09:00:00</wp:post_date_gmt>
                <wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
                <wp:attachment_url>https://old.example.com/wp-content/uploads/2024/03/ferry.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2024/03/ferry.jpg</wp:meta_value></wp:postmeta>
              </item>
              <item>
                <title>Ferry timetable</title>
                <link>https://old.example.com/archives/ferry-timetable.html</link>
                <guid isPermaLink="false">https://old.example.com/?p=11</guid>
                <dc:creator>jdoe</dc:creator>
                <content:encoded><![CDATA[Every hour.]]></content:encoded>
                <wp:post_id>11</wp:post_id>
                <wp:post_date_gmt>2024-03-06 08:00:00</wp:post_date_gmt>
                <wp:post_name>ferry-timetable</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
              </item>
              <item>
                <title>About</title><link>https://old.example.com/about/</link>
                <wp:post_id>21</wp:post_id><wp:post_name>about</wp:post_name><wp:status>publish</wp:status>
                <wp:post_type>page</wp:post_type><content:encoded>Who we are.</content:encoded>
              </item>
              <item>
                <title>Team</title><link>https://old.example.com/about/team/</link>
                <wp:post_id>20</wp:post_id><wp:post_parent>21</wp:post_parent><wp:post_name>team</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>page</wp:post_type><content:encoded>Us.</content:encoded>
              </item>
            </channel>
            </rss>
            """;
    static final byte[] PHOTO = "not really a JPEG, but bytes to compare".getBytes(StandardCharsets.UTF_8);

    static TestSite site;
    static Path uploads;
    static ImportReport report;

    @BeforeParameterizedClassInvocation
    static void importTheOldSite(Backend backend) throws IOException {
        uploads = TempDirs.create("uploads-");
        Files.createDirectories(uploads.resolve("2024/03"));
        Files.write(uploads.resolve("2024/03/ferry.jpg"), PHOTO);
        Path file = Files.writeString(uploads.resolve("export.xml"), EXPORT);
        site = TestSite.start(backend);
        report = site.app().wordPressImporter().run(file, new ImportOptions(uploads, false, false));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
        TempDirs.delete(uploads);
    }

    @ParameterizedTest(name = "{0} moved to {1}")
    @CsvSource({
            "/?p=10, /2024/03/05/ferry-returns/",
            "/index.php?p=10, /2024/03/05/ferry-returns/",
            "/archives/ferry-timetable.html, /2024/03/06/ferry-timetable/",
            "/?p=11, /2024/03/06/ferry-timetable/",
            "/about/team/, /team/",
            "/?page_id=20, /team/",
            "/?page_id=21, /about/",
            "/2024/03/05/ferry-returns/ferry-photo/, /media/wordpress/2024/03/ferry.jpg",
            "/?attachment_id=30, /media/wordpress/2024/03/ferry.jpg",
            "/wp-content/uploads/2024/03/ferry.jpg, /media/wordpress/2024/03/ferry.jpg",
            "/category/local_news/, /category/local-news/",
            "/category/local_news/harbour/, /category/local-news/harbour/",
            "/?cat=5, /category/local-news/",
            "/tag/hot_topics/, /tag/hot-topics/",
            "/?tag=hot_topics, /tag/hot-topics/",
            "/author/jdoe/, /author/jane-doe/",
            "/?author=7, /author/jane-doe/"})
    void oldAddressAnswersMovedPermanentlyToTheNewOne(String oldPath, String newPath) {
        HttpResponse<String> moved = site.get(oldPath);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue(newPath);
        assertThat(site.get(newPath).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressThatIsTheSameOnBothSitesIsServedWithoutARedirect() {
        assertThat(site.get("/2024/03/05/ferry-returns/").statusCode()).isEqualTo(200);
        assertThat(site.get("/about/").statusCode()).isEqualTo(200);
    }

    @Test
    void aQueryTheOldSiteNeverHadStillShowsTheHomePage() {
        assertThat(site.get("/?p=999").statusCode()).isEqualTo(200);
        assertThat(site.get("/?utm_source=mail").statusCode()).isEqualTo(200);
    }

    @Test
    void contentLinksToTheNewAddressesAndShowsTheCopiedFile() {
        Document article = site.page("/2024/03/05/ferry-returns/");
        assertThat(article.select("a:containsOwn(the timetable)").attr("href")).isEqualTo("/2024/03/06/ferry-timetable/");
        assertThat(article.select("img[alt=The ferry]").attr("src")).isEqualTo("/media/wordpress/2024/03/ferry.jpg");
        assertThat(site.getBytes("/media/wordpress/2024/03/ferry.jpg").body()).isEqualTo(PHOTO);
    }

    @Test
    void theMediaRecordPointsAtTheCopyAndRemembersTheOriginal() {
        var media = site.app().importSite().mediaStore().allAfter(0, 10);
        assertThat(media).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo("/media/wordpress/2024/03/ferry.jpg");
            assertThat(item.filePath()).isEqualTo("wordpress/2024/03/ferry.jpg");
            assertThat(item.originalUrl()).isEqualTo("https://old.example.com/wp-content/uploads/2024/03/ferry.jpg");
            assertThat(item.mediaType()).isEqualTo("image/jpeg");
        });
    }

    @Test
    void theCategoryTreeIsKept() {
        var harbour = site.app().importSite().taxonomyStore().findCategoryBySlug("harbour").orElseThrow();
        var local = site.app().importSite().taxonomyStore().findCategoryBySlug("local-news").orElseThrow();
        assertThat(harbour.parentId()).isEqualTo(local.id());
    }

    @Test
    void theReportCountsTheRedirectsAndSuggestsKeepingNoStructureThatDoesNotExist() {
        assertThat(report.redirects()).isGreaterThanOrEqualTo(17);
        assertThat(report.notes()).anyMatch(note -> note.contains("different shapes"));
    }
}
