package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Comment;
import press.masthead.content.CustomField;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** How WordPress content and post fields become Masthead articles, item by item. */
class ContentConversionTest {
    static final String SITE = "https://old.example.com";
    static TestSite site;
    static Path folder;
    static ImportReport report;

    @BeforeAll
    static void importExamples() {
        folder = TempDirs.create("conversion-");
        String items = String.join("\n",
                Wxr.post(1, "paragraphs", SITE + "/paragraphs/",
                        "First paragraph.\n\nSecond paragraph,\nsecond line.\n<blockquote>Quoted\n\ntwice</blockquote>\n"
                                + "<p>Written as HTML,\nline two,\nline three.</p>"),
                Wxr.post(2, "caption", SITE + "/caption/", "[caption id=\"attachment_9\" align=\"aligncenter\""
                        + " width=\"640\"]<a href=\"" + SITE + "/pic/\"><img src=\"https://cdn.example.com/pic.jpg\""
                        + " alt=\"A pier\" class=\"size-full wp-image-9\" /></a> The pier at dawn.[/caption]"),
                Wxr.post(3, "gallery", SITE + "/gallery/", "Our pictures:\n\n[gallery ids=\"9,10\"]"),
                Wxr.post(4, "embeds", SITE + "/embeds/", "[embed]https://www.youtube.com/watch?v=abc[/embed]\n\n"
                        + "https://vimeo.com/12345\n\n<iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>"),
                Wxr.post(5, "players", SITE + "/players/", "[audio mp3=\"https://cdn.example.com/talk.mp3\"]\n\n"
                        + "[video src=\"https://cdn.example.com/clip.mp4\" poster=\"https://cdn.example.com/clip.jpg\""
                        + " width=\"640\" height=\"360\"][/video]"),
                Wxr.post(6, "shortcodes", SITE + "/shortcodes/", "Buy now: [product id=\"7\"] and [[gallery]]."),
                Wxr.post(7, "blocks", SITE + "/blocks/", "<!-- wp:paragraph -->\n<p>Block text.</p>\n"
                        + "<!-- /wp:paragraph -->\n\n<!-- wp:latest-posts {\"postsToShow\":3} /-->"),
                Wxr.post(8, "markdown-safe", SITE + "/markdown-safe/", "* not a list\n\n    four spaces, not code\n\n"
                        + "# not a heading\n\n<pre>line one\n\n    indented after a blank line</pre>"),
                featuredPost(),
                attachment(9, "https://cdn.example.com/pic.jpg", "A pier", "The pier at dawn."),
                attachment(10, "https://cdn.example.com/boat.jpg", "A boat", ""));
        Path file = Wxr.write(folder, "export.xml", Wxr.export(SITE, items));
        site = TestSite.start();
        report = site.app().wordPressImporter().run(file, new ImportOptions(null, false, false));
    }

    @AfterAll
    static void stop() {
        site.close();
        TempDirs.delete(folder);
    }

    private static Article article(String slug) {
        return site.app().articleStore().findBySlug(slug).orElseThrow(() -> new AssertionError("no article " + slug
                + "\n" + report.text()));
    }

    private static Element body(String slug) {
        return Jsoup.parseBodyFragment(article(slug).bodyHtml()).body();
    }

    @Test
    void blankLinesMakeParagraphsAndSingleLineBreaksStay() {
        Element body = body("paragraphs");
        assertThat(body.select("> p").eachText()).containsExactly("First paragraph.", "Second paragraph, second line.",
                "Written as HTML, line two, line three.");
        assertThat(body.select("> p").get(1).select("br")).hasSize(1);
        assertThat(body.select("blockquote > p").eachText()).containsExactly("Quoted", "twice");
        assertThat(body.select("> p").last().select("br")).hasSize(2);
    }

    @Test
    void aCaptionBecomesAFigureWithItsCaption() {
        Element figure = body("caption").selectFirst("figure");
        assertThat(figure.select("img").attr("src")).isEqualTo("https://cdn.example.com/pic.jpg");
        assertThat(figure.select("figcaption").text()).isEqualTo("The pier at dawn.");
        assertThat(figure.select("img").hasAttr("class")).isFalse();
    }

    @Test
    void aGalleryShowsItsAttachmentsWithAltTextAndCaptions() {
        Element gallery = body("gallery").selectFirst("figure.gallery");
        assertThat(gallery.select("figure > img").eachAttr("alt")).containsExactly("A pier", "A boat");
        assertThat(gallery.select("figcaption").eachText()).containsExactly("The pier at dawn.");
    }

    @Test
    void embedsBecomeLinkFiguresWithoutThirdPartyFrames() {
        Element body = body("embeds");
        assertThat(body.select("figure.embed > a").eachAttr("href")).containsExactly(
                "https://www.youtube.com/watch?v=abc", "https://vimeo.com/12345", "https://www.youtube.com/embed/xyz");
        assertThat(body.select("iframe")).isEmpty();
    }

    @Test
    void audioAndVideoBecomePlayersWithControls() {
        Element body = body("players");
        assertThat(body.select("figure.audio > audio[controls]").attr("src")).isEqualTo("https://cdn.example.com/talk.mp3");
        Element video = body.selectFirst("figure.video > video[controls]");
        assertThat(video.attr("poster")).isEqualTo("https://cdn.example.com/clip.jpg");
        assertThat(video.attr("width")).isEqualTo("640");
    }

    @Test
    void unknownShortcodesStayAsTextAndAreReported() {
        assertThat(body("shortcodes").text()).isEqualTo("Buy now: [product id=\"7\"] and [gallery].");
        assertThat(report.problems()).anyMatch(p -> p.entry().contains("[product]") && p.line() > 0);
    }

    @Test
    void blockMarkersGoAndViewTimeBlocksAreReported() {
        assertThat(article("blocks").bodyHtml().strip()).isEqualTo("<p>Block text.</p>");
        assertThat(report.problems()).anyMatch(p -> p.reason().contains("wp:latest-posts"));
    }

    @Test
    void htmlIsNeverReadAsMarkdown() {
        Element body = body("markdown-safe");
        assertThat(body.select("ul, h1, code")).isEmpty();
        assertThat(body.select("> p").eachText()).containsExactly("* not a list", "four spaces, not code",
                "# not a heading");
        assertThat(body.select("pre").first().wholeText()).isEqualTo("line one\n\n    indented after a blank line");
    }

    @Test
    void postFieldsBecomeArticleFields() {
        Article article = article("featured-story");
        assertThat(article.featured()).isTrue();
        assertThat(article.standfirst()).isEqualTo("The short version.");
        assertThat(article.seoTitle()).isEqualTo("Harbour story");
        assertThat(article.seoDescription()).isEqualTo("All about the harbour.");
        assertThat(article.featuredImage().url()).isEqualTo("https://cdn.example.com/pic.jpg");
        assertThat(article.featuredImage().alt()).isEqualTo("A pier");
        assertThat(article.featuredImage().caption()).isEqualTo("The pier at dawn.");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-04T20:00:00Z"));
        assertThat(article.updatedAt()).isEqualTo(Instant.parse("2024-03-06T09:30:00Z"));
        assertThat(site.app().importSite().customFields().ofArticle(article.id()))
                .containsExactly(new CustomField("subtitle", "Kept as it was"));
    }

    @Test
    void commentsKeepTheirThreadsAndModeration() {
        List<Comment> comments = site.app().importSite().comments().ofArticle(article("featured-story").id());
        assertThat(comments).extracting(Comment::authorName).containsExactly("Reader", "Editor", "Spammer");
        assertThat(comments.get(1).parentId()).isEqualTo(comments.get(0).id());
        assertThat(comments).extracting(Comment::status)
                .containsExactly(Comment.Status.APPROVED, Comment.Status.APPROVED, Comment.Status.SPAM);
    }

    @Test
    void statusesMapToTheNewsroomWorkflow() {
        assertThat(article("private-note").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article("protected").status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article("next-week").status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(article("next-week").publishedAt()).isEqualTo(Instant.parse("2030-01-01T08:00:00Z"));
        assertThat(site.get("/protected/").statusCode()).isEqualTo(404);
        assertThat(report.problems()).anyMatch(p -> p.reason().contains("password-protected"));
    }

    private static String featuredPost() {
        return """
                <item><title>Featured story</title><link>%1$s/featured-story/</link><dc:creator>editor</dc:creator>
                <content:encoded>Body.</content:encoded><excerpt:encoded><![CDATA[<p>The short version.</p>]]></excerpt:encoded>
                <wp:post_id>20</wp:post_id><wp:post_name>featured-story</wp:post_name>
                <wp:post_date>2024-03-04 12:00:00</wp:post_date><wp:post_date_gmt>2024-03-04 20:00:00</wp:post_date_gmt>
                <wp:post_modified_gmt>2024-03-06 09:30:00</wp:post_modified_gmt>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:is_sticky>1</wp:is_sticky>
                <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_yoast_wpseo_title</wp:meta_key><wp:meta_value>Harbour story %%%%sep%%%% %%%%sitename%%%%</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value>All about the harbour.</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_edit_lock</wp:meta_key><wp:meta_value>1709000000:1</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>subtitle</wp:meta_key><wp:meta_value>Kept as it was</wp:meta_value></wp:postmeta>
                <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Reader</wp:comment_author>
                  <wp:comment_date_gmt>2024-03-05 08:00:00</wp:comment_date_gmt><wp:comment_content>Great.</wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>Spammer</wp:comment_author>
                  <wp:comment_date_gmt>2024-03-05 10:00:00</wp:comment_date_gmt><wp:comment_content>Buy.</wp:comment_content>
                  <wp:comment_approved>spam</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_author>Editor</wp:comment_author>
                  <wp:comment_date_gmt>2024-03-05 09:00:00</wp:comment_date_gmt><wp:comment_content>Thanks.</wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>1</wp:comment_parent></wp:comment>
                </item>
                <item><title>Private note</title><dc:creator>editor</dc:creator><wp:post_id>21</wp:post_id>
                <wp:post_name>private-note</wp:post_name><wp:status>private</wp:status><wp:post_type>post</wp:post_type></item>
                <item><title>Protected</title><dc:creator>editor</dc:creator><wp:post_id>22</wp:post_id>
                <wp:post_name>protected</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <wp:post_password>secret</wp:post_password><wp:post_date_gmt>2024-03-01 10:00:00</wp:post_date_gmt></item>
                <item><title>Next week</title><dc:creator>editor</dc:creator><wp:post_id>23</wp:post_id>
                <wp:post_name>next-week</wp:post_name><wp:status>future</wp:status><wp:post_type>post</wp:post_type>
                <wp:post_date_gmt>2030-01-01 08:00:00</wp:post_date_gmt></item>
                """.formatted(SITE);
    }

    private static String attachment(int id, String url, String alt, String caption) {
        return """
                <item><title>Picture %1$d</title><link>%4$s/?attachment_id=%1$d</link>
                <excerpt:encoded><![CDATA[%5$s]]></excerpt:encoded>
                <wp:post_id>%1$d</wp:post_id><wp:post_parent>3</wp:post_parent><wp:status>inherit</wp:status>
                <wp:post_type>attachment</wp:post_type><wp:attachment_url>%2$s</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>%3$s</wp:meta_value></wp:postmeta>
                </item>
                """.formatted(id, url, alt, SITE, caption);
    }
}
