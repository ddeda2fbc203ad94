package press.masthead.admin.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.media.TestMedia;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * The media library through the real server: the Admin API and the admin pages, by role. One site per database,
 * limit 2 MB.
 */
@OnBothDatabases
class MediaAdminTest {
    private static final String API = "/api/v1/admin/media";
    private static final int LIMIT_MB = 2;

    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient editor;
    private static AdminClient author;
    private static AdminClient otherAuthor;
    private static AdminClient contributor;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.startWith(backend, settings -> settings.withMediaMaxUploadMb(LIMIT_MB));
        editor = AdminClient.as(site, Role.EDITOR);
        author = AdminClient.as(site, Role.AUTHOR);
        otherAuthor = AdminClient.as(site, Role.AUTHOR, "other@example.org", "Other Author");
        contributor = AdminClient.as(site, Role.CONTRIBUTOR);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static JsonNode upload(AdminClient client, String name, byte[] file, String alt) {
        HttpResponse<String> response = client.multipart(API, Map.of("alt", alt), name, file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.of(response);
    }

    @Test
    void everyFormatUploadsAndAnswersItsRecordWithVariants() {
        JsonNode jpeg = upload(author, "Harbour at dawn.jpg", TestMedia.jpeg(700, 350), "Boats in the harbour");
        assertThat(jpeg.get("url").asText()).matches("/media/\\d{4}/\\d{2}/harbour-at-dawn\\.jpg");
        assertThat(jpeg.get("type").asText()).isEqualTo("image/jpeg");
        assertThat(jpeg.get("width").asInt()).isEqualTo(700);
        assertThat(jpeg.get("height").asInt()).isEqualTo(350);
        assertThat(jpeg.get("byteSize").asLong()).isPositive();
        assertThat(jpeg.get("alt").asText()).isEqualTo("Boats in the harbour");
        assertThat(jpeg.get("title").asText()).isEqualTo("harbour-at-dawn");
        assertThat(jpeg.get("createdAt").asText()).isNotEmpty();
        assertThat(jpeg.get("editable").asBoolean()).isTrue();
        assertThat(jpeg.get("variants").findValuesAsText("width")).containsExactly("320", "640");
        assertThat(site.getBytes(jpeg.get("variants").get(0).get("url").asText()).statusCode()).isEqualTo(200);

        assertThat(upload(author, "b.png", TestMedia.png(40, 30), "A square").get("type").asText()).isEqualTo("image/png");
        assertThat(upload(author, "c.gif", TestMedia.picture("gif", 40, 30), "A gif").get("type").asText())
                .isEqualTo("image/gif");
        assertThat(upload(author, "d.webp", TestMedia.WEBP, "A dot").get("type").asText()).isEqualTo("image/webp");
        JsonNode pdf = upload(author, "Rates.pdf", TestMedia.PDF, "");
        assertThat(pdf.get("type").asText()).isEqualTo("application/pdf");
        assertThat(pdf.get("variants")).isEmpty();
        assertThat(editor.get(API + "/" + pdf.get("id").asLong()).body()).contains("rates.pdf");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndLeavesNothingBehind() throws Exception {
        int before = site.app().mediaUploads().count("");
        HttpResponse<String> response = author.multipart(API, Map.of("alt", "Big"), "big.pdf", pdf(LIMIT_MB * 1024 * 1024 + 300_000));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = Json.of(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("too_large");
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).contains("the limit is 2 MB");
        assertThat(site.app().mediaUploads().count("")).isEqualTo(before);
        assertThat(filesIn(site.app().settings().uploadsDir())).isEmpty();
    }

    @Test
    void anUploadOfUnknownLengthIsRefusedUnreadWith411() {
        HttpResponse<String> response = author.multipartChunked(API, Map.of("alt", "Streamed"), "streamed.png",
                TestMedia.png(20, 20));

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(Json.of(response).get("error").get("message").asText()).contains("Content-Length");
    }

    @Test
    void anOversizeFormUploadIsAnAdminPageWithTheAdminsHeaders() {
        HttpResponse<String> response = author.multipart("/admin/media", Map.of("alt", "Big"), "big.pdf",
                pdf(LIMIT_MB * 1024 * 1024 + 300_000));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(Jsoup.parse(response.body()).text()).contains("the limit is 2 MB");
    }

    @Test
    void aFileJustOverTheLimitIsRefusedByTheLibraryWithItsName() {
        HttpResponse<String> response = author.multipart(API, Map.of(), "just-over.pdf", pdf(LIMIT_MB * 1024 * 1024 + 10));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.of(response).get("error").get("message").asText()).startsWith("just-over.pdf is 2.0 MB");
    }

    @Test
    void aFileOverTheWebServersDefaultRequestSizeButWithinTheSettingIsTaken() {
        JsonNode pdf = upload(author, "report.pdf", pdf(1_500_000), "");
        assertThat(pdf.get("byteSize").asLong()).isEqualTo(1_500_000);
        assertThat(filesIn(site.app().settings().uploadsDir())).isEmpty();
    }

    @Test
    void aDecompressionBombAndAPageNamedJpgAreRefusedAsInvalid() {
        HttpResponse<String> bomb = author.multipart(API, Map.of("alt", "Huge"), "bomb.png",
                TestMedia.pngDeclaring(100_000, 100_000));
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(Json.of(bomb).get("error").get("field").asText()).isEqualTo("file");
        assertThat(Json.of(bomb).get("error").get("message").asText()).contains("bomb.png");

        HttpResponse<String> page = author.multipart(API, Map.of("alt", "x"), "photo.jpg",
                "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Json.of(page).get("error").get("code").asText()).isEqualTo("invalid");
    }

    @Test
    void anImageNeedsAltTextUnlessItIsDecorative() {
        HttpResponse<String> missing = author.multipart(API, Map.of("caption", "A line"), "rule.png", TestMedia.png(60, 4));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Json.of(missing).get("error").get("field").asText()).isEqualTo("alt");

        HttpResponse<String> decorative = author.multipart(API, Map.of("decorative", "true", "alt", "ignored"),
                "rule.png", TestMedia.png(60, 4));
        assertThat(decorative.statusCode()).isEqualTo(201);
        assertThat(Json.of(decorative).get("alt").asText()).isEmpty();
    }

    @Test
    void aContributorMayLookThroughTheLibraryButNotUpload() {
        upload(author, "for-contributors.png", TestMedia.png(20, 20), "Seen by contributors");

        HttpResponse<String> refused = contributor.multipart(API, Map.of("alt", "x"), "mine.png", TestMedia.png(20, 20));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Json.of(refused).get("error").get("code").asText()).isEqualTo("forbidden");
        HttpResponse<String> list = contributor.get(API + "?q=contributors");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Json.of(list).get("items").get(0).get("editable").asBoolean()).isFalse();
        assertThat(contributor.page("/admin/media").select("form[action=/admin/media][method=post]")).isEmpty();
    }

    @Test
    void anAuthorDeletesTheirOwnUploadsOnlyAndAnEditorAnyones() {
        JsonNode ownUpload = upload(author, "own.png", TestMedia.png(20, 20), "Own");
        long own = ownUpload.get("id").asLong();
        String ownPath = ownUpload.get("url").asText();
        long others = upload(otherAuthor, "others.png", TestMedia.png(20, 20), "Other's").get("id").asLong();
        JsonNode thirdUpload = upload(otherAuthor, "third.png", TestMedia.png(20, 20), "Third");
        long third = thirdUpload.get("id").asLong();
        String thirdPath = thirdUpload.get("url").asText();

        assertThat(author.json("DELETE", API + "/" + others, null).statusCode()).isEqualTo(403);
        assertThat(author.json("PATCH", API + "/" + others, Json.object("alt", "mine now")).statusCode()).isEqualTo(403);
        assertThat(author.json("DELETE", API + "/" + own, null).statusCode()).isEqualTo(204);
        assertThat(editor.json("DELETE", API + "/" + third, null).statusCode()).isEqualTo(204);
        assertThat(author.get(API + "/" + own).statusCode()).isEqualTo(404);
        assertThat(editor.get(API + "/" + third).statusCode()).isEqualTo(404);
        assertThat(editor.get(API + "/" + others).statusCode()).isEqualTo(200);
        assertThat(site.app().auditLog().recent(0, 100)).filteredOn(entry -> entry.action().equals("media.deleted"))
                .extracting(AuditEntry::actor, AuditEntry::subject).contains(
                        tuple("Test author <author@example.org>", ownPath.substring("/media/".length())),
                        tuple("Test editor <editor@example.org>", thirdPath.substring("/media/".length())));
    }

    @Test
    void deletingAFileAnArticleShowsIsAConflictListingTheArticle() {
        JsonNode image = upload(author, "used.jpg", TestMedia.jpeg(400, 200), "A used picture");
        long ada = site.app().authors().create("Ada Reporter", "", "", List.of()).id();
        long article = site.app().articles().create(Drafts.article("Trams return").by(ada)
                .body("![A tram](" + image.get("url").asText() + ")").build()).id();
        long id = image.get("id").asLong();

        HttpResponse<String> refused = editor.json("DELETE", API + "/" + id, null);

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode error = Json.of(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("conflict");
        assertThat(error.get("message").asText()).contains("Trams return");
        assertThat(error.get("uses").get(0).get("kind").asText()).isEqualTo("article");
        assertThat(error.get("uses").get(0).get("id").asLong()).isEqualTo(article);
        assertThat(error.get("uses").get(0).get("editUrl").asText()).isEqualTo("/admin/articles/" + article);
        assertThat(editor.get(API + "/" + id).statusCode()).isEqualTo(200);

        author.refreshCsrf();
        HttpResponse<String> page = author.postForm("/admin/media/" + id + "/delete", Map.of());
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(page.body()).select(".uses a[href=/admin/articles/" + article + "]").text())
                .isEqualTo("Trams return");
    }

    @Test
    void searchFindsByAltTextAndPagesCountTheMatches() {
        upload(author, "lighthouse.png", TestMedia.png(20, 20), "The lighthouse at Cabo Raso");

        JsonNode found = Json.of(editor.get(API + "?q=cabo+raso"));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("alt").asText()).isEqualTo("The lighthouse at Cabo Raso");
        assertThat(Json.of(editor.get(API + "?q=nothing-like-this")).get("items")).isEmpty();
        assertThat(editor.get(API + "?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void patchChangesOnlyTheDetailsItNames() {
        JsonNode image = upload(author, "quay.png", TestMedia.png(20, 20), "A quay");
        String path = API + "/" + image.get("id").asLong();

        HttpResponse<String> patched = author.json("PATCH", path, Json.object("alt", "The quay at dawn"));

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode now = Json.of(editor.get(path));
        assertThat(now.get("alt").asText()).isEqualTo("The quay at dawn");
        assertThat(now.get("title").asText()).isEqualTo("quay");
        assertThat(author.json("PATCH", path, Json.object("colour", "red")).statusCode()).isEqualTo(400);
    }

    @Test
    void theLibraryPageShowsThumbnailsWithAltTextSizeAndDimensions() {
        JsonNode image = upload(author, "market.jpg", TestMedia.jpeg(900, 600), "Stalls at the market");

        Document library = author.page("/admin/media?q=market");

        var card = library.selectFirst(".media-card:has(a[href=/admin/media/" + image.get("id").asLong() + "])");
        assertThat(card).isNotNull();
        assertThat(card.selectFirst("img").attr("src")).contains("/320w/");
        assertThat(card.selectFirst("img").attr("alt")).isEqualTo("Stalls at the market");
        assertThat(card.text()).contains("900 × 600 px").contains("KB");
    }

    @Test
    void theUploadFormWorksWithoutScriptsAndKeepsWhatWasTypedWhenAltTextIsMissing() {
        HttpResponse<String> refused = author.multipart("/admin/media", Map.of("caption", "Kept caption"), "x.png",
                TestMedia.png(20, 20));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#alt-error").text()).contains("alt text");
        assertThat(page.select("#caption").attr("value")).isEqualTo("Kept caption");

        HttpResponse<String> uploaded = author.multipart("/admin/media", Map.of("alt", "A plain square"), "sq.png",
                TestMedia.png(20, 20));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        Document item = author.page(location);
        assertThat(item.select("#alt").attr("value")).isEqualTo("A plain square");

        HttpResponse<String> saved = author.postForm(location.replace("?saved=uploaded", ""),
                Map.of("alt", "A blue square", "caption", "", "title", "Square"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(author.page(location).select("h1").text()).isEqualTo("Square");
    }

    /** A well-formed PDF of exactly {@code size} bytes. */
    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
        return pdf;
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
