package press.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import press.masthead.accounts.Role;
import press.masthead.app.MastheadApp;
import press.masthead.backup.BackupRestorer;
import press.masthead.backup.SqliteFileTarget;
import press.masthead.content.Article;
import press.masthead.output.ExportProgress;
import press.masthead.output.StaticExport;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * A whole site on a media storage that is no folder (an object store's stand-in, in memory): uploads, serving,
 * feeds, image sizes, the static export and backups all work through {@link MediaStorage} alone, and the media
 * folder of the settings is never touched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteOnAnotherMediaStorageTest {
    private static final String API = "/api/v1/admin/media";
    /** A picture put into the storage directly, with no library record: its size can only come from its header. */
    private static final String UNRECORDED = "photos/quay.png";

    private final InMemoryMediaStorage storage = new InMemoryMediaStorage();
    private final TestSite site = TestSite.startWithMediaStorage(storage, app -> {
        byte[] quay = TestMedia.png(700, 500);
        app.mediaStorage().store(UNRECORDED, new ByteArrayInputStream(quay), quay.length);
    });
    private final AdminClient author = AdminClient.as(site, Role.AUTHOR);
    private final JsonNode harbour = upload("Harbour at dawn.jpg", TestMedia.jpeg(900, 450));
    private final Article article = publishWith(harbour.get("url").asText());
    private final Path folder = TempDirs.create("other-storage-");

    @AfterEach
    void theMediaFolderIsNeverTouched() {
        assertThat(site.app().settings().mediaDir()).doesNotExist();
    }

    @AfterAll
    void close() {
        site.close();
        TempDirs.delete(folder);
    }

    private JsonNode upload(String name, byte[] file) {
        HttpResponse<String> response = author.multipart(API, Map.of("alt", "Boats in the harbour"), name, file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.of(response);
    }

    private Article publishWith(String featuredImage) {
        long ada = site.app().authors().create("Ada Reporter", "", "", List.of()).id();
        return site.app().articles().create(Drafts.article("The harbour at dawn").by(ada)
                .image(featuredImage, "Boats at the quay", "")
                .body("First light.\n\n![The quay](/media/" + UNRECORDED + ")\n").build());
    }

    private static String keyOf(JsonNode upload) {
        return upload.get("url").asText().substring("/media/".length());
    }

    private byte[] stored(String key) {
        try (InputStream in = storage.find(key).orElseThrow().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUploadThroughTheAdminApiIsKeptInTheStorageWithItsVariants() {
        StoredMedia original = storage.find(keyOf(harbour)).orElseThrow();

        assertThat(original.size()).isEqualTo(harbour.get("byteSize").asLong());
        assertThat(harbour.get("variants").findValuesAsText("url")).hasSize(2).allSatisfy(url ->
                assertThat(storage.find(url.substring("/media/".length()))).isPresent());
    }

    @Test
    void aFileIsServedFromTheStorageWithItsLengthAndValidators() {
        String url = harbour.get("url").asText();

        HttpResponse<byte[]> response = site.getBytes(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(stored(keyOf(harbour)));
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(response.body().length));
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(site.get("/media/photos/missing.png").statusCode()).isEqualTo(404);
    }

    @Test
    void aClientThatHasTheFileGets304AndTheFileIsNotOpened() {
        String url = harbour.get("url").asText();
        HttpResponse<byte[]> first = site.getBytes(url);
        int opened = storage.timesOpened();

        HttpResponse<String> byEtag = site.send(HttpRequest.newBuilder(URI.create(site.url(url)))
                .header("If-None-Match", first.headers().firstValue("ETag").orElseThrow()));
        HttpResponse<String> byDate = site.send(HttpRequest.newBuilder(URI.create(site.url(url)))
                .header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow()));

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(storage.timesOpened()).isEqualTo(opened);
    }

    @Test
    void headAnswersTheLengthWithoutOpeningTheFile() {
        String url = harbour.get("url").asText();
        int opened = storage.timesOpened();

        HttpResponse<String> head = site.send(HttpRequest.newBuilder(URI.create(site.url(url)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).contains(harbour.get("byteSize").asText());
        assertThat(head.body()).isEmpty();
        assertThat(storage.timesOpened()).isEqualTo(opened);
    }

    @Test
    void theFeedAnnouncesTheFeaturedImageWithItsLengthFromTheStorage() {
        Document feed = Jsoup.parse(site.get("/feed/").body(), "", Parser.xmlParser());

        Element enclosure = feed.selectFirst("item > enclosure");
        assertThat(enclosure).isNotNull();
        assertThat(enclosure.attr("url")).isEqualTo(site.url(harbour.get("url").asText()));
        assertThat(enclosure.attr("length")).isEqualTo(harbour.get("byteSize").asText());
    }

    @Test
    void imagesGetTheirWidthAndHeightFromTheirHeadersInTheStorage() {
        Document page = site.page(site.app().renderer().permalinks().article(article));

        Element quay = page.selectFirst(".story__body img[src=/media/" + UNRECORDED + "]");
        assertThat(quay).isNotNull();
        assertThat(List.of(quay.attr("width"), quay.attr("height"))).containsExactly("700", "500");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("900");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("450");
    }

    @Test
    void theStaticExportWritesEveryStoredFile() throws IOException {
        Path out = folder.resolve("export");
        new StaticExport(site.app().exportSources(), false, 2).run(out, ExportProgress.SILENT);

        List<StoredMedia> files = storage.list();
        assertThat(files).extracting(StoredMedia::key).contains(keyOf(harbour), UNRECORDED);
        for (StoredMedia file : files) {
            assertThat(out.resolve("media").resolve(file.key())).as(file.key()).hasBinaryContent(stored(file.key()));
        }
    }

    @Test
    void aBackupHoldsEveryStoredFileAndRestoresThemIntoAnotherStorage() throws IOException {
        Path archive = folder.resolve("site.zip");
        site.app().backups().write(archive);

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (StoredMedia file : storage.list()) {
                ZipEntry entry = zip.getEntry("media/" + file.key());
                assertThat(entry).as(file.key()).isNotNull();
                assertThat(zip.getInputStream(entry).readAllBytes()).isEqualTo(stored(file.key()));
            }
        }
        Path restored = folder.resolve("restored");
        InMemoryMediaStorage restoredMedia = new InMemoryMediaStorage();
        new BackupRestorer().restore(archive, restored, restoredMedia, SqliteFileTarget.in(restored), false);

        assertThat(restoredMedia.list()).extracting(StoredMedia::key, StoredMedia::size)
                .isEqualTo(storage.list().stream().map(file -> tuple(file.key(), file.size())).toList());
        assertThat(restored.resolve("media")).doesNotExist();
        try (MastheadApp copy = MastheadApp.open(TestSite.settingsFor(restored), Clock.systemUTC(), restoredMedia)) {
            assertThat(copy.mediaUploads().count("")).isEqualTo(site.app().mediaUploads().count(""));
        }
    }

    @Test
    void deletingThroughTheAdminApiRemovesTheFileAndItsVariantsFromTheStorage() {
        JsonNode unused = upload("Unused.jpg", TestMedia.jpeg(700, 350));
        List<String> keys = new ArrayList<>(List.of(keyOf(unused)));
        unused.get("variants").findValuesAsText("url").forEach(url -> keys.add(url.substring("/media/".length())));
        assertThat(keys).hasSize(3).allSatisfy(key -> assertThat(storage.find(key)).isPresent());

        assertThat(author.json("DELETE", API + "/" + unused.get("id").asLong(), null).statusCode()).isEqualTo(204);

        assertThat(keys).allSatisfy(key -> assertThat(storage.find(key)).isEmpty());
        assertThat(site.get(unused.get("url").asText()).statusCode()).isEqualTo(404);
    }
}
