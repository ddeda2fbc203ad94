package press.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.content.ArticleStatus;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaUse;
import press.masthead.content.MediaVariant;
import press.masthead.content.PageDraft;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;

/** Uploads through the real app on both databases, with files made in the tests. */
@OnBothDatabases
class MediaUploadsTest {
    private static final Instant MAY_14 = Instant.parse("2026-05-14T10:00:00Z");

    private final Backend backend;
    private final Path dataDir = TempDirs.create("media-uploads-");
    private final MastheadApp app;
    private final MediaUploads uploads;

    MediaUploadsTest(Backend backend) {
        this.backend = backend;
        app = MastheadApp.open(backend.settingsFor(dataDir).withMediaMaxUploadMb(1),
                Clock.fixed(MAY_14, ZoneOffset.UTC));
        uploads = app.mediaUploads();
    }

    @AfterEach
    void close() {
        app.close();
        backend.release(app.settings());
        TempDirs.delete(dataDir);
    }

    private MediaItem upload(String name, byte[] content) {
        return uploads.upload(name, new ByteArrayInputStream(content), MediaDetails.none());
    }

    private Path fileOf(String relativePath) {
        return dataDir.resolve("media").resolve(relativePath);
    }

    @Test
    void everyFormatIsAcceptedByItsContentAndStoredWithTheExtensionOfItsRealType() {
        MediaItem jpeg = upload("a.jpg", TestMedia.picture("jpg", 40, 30));
        MediaItem png = upload("b.png", TestMedia.picture("png", 40, 30));
        MediaItem gif = upload("c.gif", TestMedia.picture("gif", 40, 30));
        MediaItem webp = upload("d.webp", TestMedia.WEBP);
        MediaItem pdf = upload("e.pdf", TestMedia.PDF);

        assertThat(List.of(jpeg, png, gif, webp, pdf)).extracting(MediaItem::filePath).containsExactly(
                "2026/05/a.jpg", "2026/05/b.png", "2026/05/c.gif", "2026/05/d.webp", "2026/05/e.pdf");
        assertThat(List.of(jpeg, png, gif, webp, pdf)).extracting(MediaItem::mediaType).containsExactly(
                "image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf");
        assertThat(jpeg.width()).isEqualTo(40);
        assertThat(jpeg.height()).isEqualTo(30);
        assertThat(webp.width()).isEqualTo(1);
        assertThat(pdf.hasSize()).isFalse();
        assertThat(pdf.byteSize()).isEqualTo(TestMedia.PDF.length);
        assertThat(fileOf("2026/05/e.pdf")).hasBinaryContent(TestMedia.PDF);
        assertThat(uploads.find(png.id())).contains(png);
    }

    @Test
    void anUploadWaitsInTheUploadsFolderWhileItIsCheckedNeverInTheMediaFolder() {
        Path spool = app.settings().uploadsDir();
        List<String> spooled = new ArrayList<>();
        List<String> inMedia = new ArrayList<>();
        byte[] png = TestMedia.picture("png", 40, 30);

        MediaItem item = uploads.upload("quay.png", new EndWatchingStream(png, () -> {
            spooled.addAll(TempDirs.filesUnder(spool));
            inMedia.addAll(TempDirs.filesUnder(dataDir.resolve("media")));
        }), MediaDetails.none());

        assertThat(spooled).singleElement().asString().matches("media-.*\\.part");
        assertThat(inMedia).isEmpty();
        assertThat(TempDirs.filesUnder(spool)).isEmpty();
        assertThat(fileOf(item.filePath())).hasBinaryContent(png);
    }

    @Test
    void aPngNamedJpgIsStoredAsPng() {
        MediaItem item = upload("holiday.jpg", TestMedia.picture("png", 20, 20));

        assertThat(item.filePath()).isEqualTo("2026/05/holiday.png");
        assertThat(item.url()).isEqualTo("/media/2026/05/holiday.png");
        assertThat(item.mediaType()).isEqualTo("image/png");
    }

    @Test
    void anHtmlFileNamedJpgIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> upload("photo.jpg", TestMedia.HTML))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MediaRejectedException.Reason.UNSUPPORTED_TYPE))
                .hasMessage("photo.jpg is not a JPEG, PNG, GIF, WebP or PDF file (whatever its name says), so the"
                        + " media library cannot take it. Save it in one of those formats and upload it again.");
        assertNothingStored();
    }

    @Test
    void aFileOverTheSizeSettingIsRefusedSayingHowLargeItIsAndWhatTheLimitIs() {
        byte[] big = Arrays.copyOf(TestMedia.picture("png", 10, 10), 1_600_000);

        assertThatThrownBy(() -> upload("big.png", big))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MediaRejectedException.Reason.TOO_LARGE))
                .hasMessageStartingWith("big.png is 1.5 MB; the limit is 1 MB.")
                .hasMessageContaining("media-max-upload-mb");
        assertNothingStored();
    }

    @Test
    void anEndlessUploadIsRefusedAfterReadingAFewTimesTheLimitNotToItsEnd() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> uploads.upload("stream.jpg", endless, MediaDetails.none()))
                .hasMessageStartingWith("stream.jpg is more than 4 MB; the limit is 1 MB.");
        assertThat(endless.read).isLessThan(5L * 1024 * 1024);
        assertNothingStored();
    }

    @Test
    void aTinyPngDeclaringHugeDimensionsIsRefusedBeforeItsPixelsAreDecoded() {
        byte[] bomb = TestMedia.pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);

        assertThatThrownBy(() -> upload("bomb.png", bomb))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MediaRejectedException.Reason.TOO_MANY_PIXELS))
                .hasMessageStartingWith("bomb.png is 100000 × 100000 pixels (10000.0 megapixels); the limit is 50"
                        + " megapixels.");
        assertNothingStored();
    }

    @Test
    void aFileCutShortIsRefusedAsDamaged() {
        byte[] png = TestMedia.picture("png", 300, 200);
        byte[] cut = Arrays.copyOf(png, png.length / 2);

        assertThatThrownBy(() -> upload("cut.png", cut))
                .isInstanceOfSatisfying(MediaRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(MediaRejectedException.Reason.DAMAGED))
                .hasMessageContaining("cut.png starts like a PNG file but cannot be read to the end");
        assertThatThrownBy(() -> upload("cut.pdf", Arrays.copyOf(TestMedia.PDF, 40)))
                .hasMessageContaining("cut.pdf starts like a PDF file");
        assertNothingStored();
    }

    @Test
    void gpsIsStrippedFromAJpegWithoutReencodingItsPicture() throws Exception {
        byte[] original = TestMedia.jpegWithGps(64, 48);
        assertThat(gpsOf(original)).as("the test file has GPS").isNotNull();

        MediaItem item = upload("harbour.jpg", original);

        byte[] stored = Files.readAllBytes(fileOf(item.filePath()));
        assertThat(gpsOf(stored)).isNull();
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(stored);
        assertThat(metadata.findExifValue(TiffTagConstants.TIFF_TAG_ARTIST).getStringValue())
                .as("the rest of EXIF stays").isEqualTo("Ada Reporter");
        assertThat(rgb(stored)).as("the very same pixels: nothing was re-encoded").isEqualTo(rgb(original));
    }

    @Test
    void variantsAreMadeAtEachStandardWidthNarrowerThanTheOriginal() throws IOException {
        MediaItem wide = upload("wide.jpg", TestMedia.jpegWithGps(2000, 1000));
        MediaItem narrow = upload("narrow.png", TestMedia.picture("png", 700, 350));

        assertThat(wide.variants()).extracting(MediaVariant::width).containsExactly(320, 640, 1024, 1600);
        assertThat(wide.variants()).extracting(MediaVariant::height).containsExactly(160, 320, 512, 800);
        assertThat(wide.variants()).extracting(MediaVariant::url).containsExactly("/media/2026/05/320w/wide.jpg",
                "/media/2026/05/640w/wide.jpg", "/media/2026/05/1024w/wide.jpg", "/media/2026/05/1600w/wide.jpg");
        for (MediaVariant variant : wide.variants()) {
            byte[] bytes = Files.readAllBytes(fileOf(variant.filePath()));
            assertThat(pixels(bytes).getWidth()).isEqualTo(variant.width());
            assertThat(bytes.length).isEqualTo(variant.byteSize());
            assertThat(gpsOf(bytes)).as("variants carry no metadata").isNull();
        }
        assertThat(narrow.variants()).extracting(MediaVariant::width).containsExactly(320, 640);
        assertThat(narrow.variants()).extracting(MediaVariant::filePath)
                .containsExactly("2026/05/320w/narrow.png", "2026/05/640w/narrow.png");
        assertThat(uploads.find(wide.id()).orElseThrow().variants()).isEqualTo(wide.variants());
    }

    @Test
    void namesLoseTheirPathsAndControlCharactersKeepTheirLettersAndNeverCollide() {
        byte[] png = TestMedia.picture("png", 8, 8);

        assertThat(upload("../../etc/passwd", png).filePath()).isEqualTo("2026/05/passwd.png");
        assertThat(upload("C:\\Users\\ada\\..\\Harbour at Dawn!.PNG", png).filePath())
                .isEqualTo("2026/05/harbour-at-dawn.png");
        assertThat(upload("عکس بندر.png", png).filePath()).isEqualTo("2026/05/عکس-بندر.png");
        assertThat(upload("report\u0000\u202Egnp.exe.png", png).filePath()).isEqualTo("2026/05/reportgnp-exe.png");
        assertThat(upload(".htaccess", png).filePath()).isEqualTo("2026/05/htaccess.png");
        assertThat(upload("...", png).filePath()).isEqualTo("2026/05/file.png");
        assertThat(upload("Harbour at dawn.png", png).filePath()).isEqualTo("2026/05/harbour-at-dawn-2.png");
        MediaItem persian = upload("عکس بندر.png", png);
        assertThat(persian.filePath()).isEqualTo("2026/05/عکس-بندر-2.png");
        assertThat(persian.url()).isEqualTo("/media/2026/05/%D8%B9%DA%A9%D8%B3-%D8%A8%D9%86%D8%AF%D8%B1-2.png");
        assertThat(fileOf("2026/05/عکس-بندر-2.png")).exists();
        assertThat(dataDir.resolve("etc")).doesNotExist();
    }

    @Test
    void theLibraryIsSearchedByTitleAltCaptionAndFileNameNewestFirst() {
        byte[] png = TestMedia.picture("png", 8, 8);
        MediaItem ferry = uploads.upload("ferry.png", new ByteArrayInputStream(png),
                new MediaDetails("The morning ferry", "A ferry leaving the quay", ""));
        MediaItem tram = uploads.upload("tram.png", new ByteArrayInputStream(png),
                new MediaDetails("", "", "Trams return to the harbour 50% faster"));
        MediaItem market = upload("harbour-market.png", png);

        assertThat(uploads.search("", 0, 10)).extracting(MediaItem::id)
                .containsExactly(market.id(), tram.id(), ferry.id());
        assertThat(uploads.count("")).isEqualTo(3);
        assertThat(uploads.search("HARBOUR", 0, 10)).extracting(MediaItem::id).containsExactly(market.id(), tram.id());
        assertThat(uploads.search("harbour", 1, 10)).extracting(MediaItem::id).containsExactly(tram.id());
        assertThat(uploads.count("harbour")).isEqualTo(2);
        assertThat(uploads.search("quay", 0, 10)).extracting(MediaItem::title).containsExactly("The morning ferry");
        assertThat(uploads.count("50%")).isEqualTo(1);
        assertThat(tram.title()).as("a title defaults to the file's name").isEqualTo("tram");
    }

    @Test
    void detailsAreUpdated() {
        MediaItem item = upload("quay.png", TestMedia.picture("png", 8, 8));

        uploads.updateDetails(item.id(), new MediaDetails("Quay", "  The quay at dawn ", "Photo: Ada"));

        MediaItem stored = uploads.find(item.id()).orElseThrow();
        assertThat(List.of(stored.title(), stored.alt(), stored.caption()))
                .containsExactly("Quay", "The quay at dawn", "Photo: Ada");
        assertThatThrownBy(() -> uploads.updateDetails(999, MediaDetails.none()))
                .isInstanceOf(MediaNotFoundException.class).hasMessageContaining("#999");
    }

    @Test
    void deletingAFileAnArticleOrPageShowsIsRefusedNamingThem() {
        MediaItem featured = upload("featured.jpg", TestMedia.picture("jpg", 800, 400));
        MediaItem inBody = upload("in-body.jpg", TestMedia.picture("jpg", 800, 400));
        long ada = app.authors().create("Ada Reporter", "", "", List.of()).id();
        long article = app.articles().create(Drafts.article("Trams return").by(ada)
                .image(featured.url(), "A tram", "").build()).id();
        long draft = app.articles().create(Drafts.article("Draft on the harbour").by(ada).status(ArticleStatus.DRAFT)
                .body("Before.\n\n![The quay](" + inBody.variants().get(0).url() + ")\n").build()).id();
        long page = app.pages().create(new PageDraft("About us", "", "[Our rates](https://news.example.com"
                + inBody.url() + ")", true, "", "", "", false, null)).id();

        assertThatThrownBy(() -> uploads.delete(featured.id()))
                .isInstanceOfSatisfying(MediaInUseException.class, e -> assertThat(e.uses())
                        .containsExactly(new MediaUse(MediaUse.Kind.ARTICLE, article, "Trams return")))
                .hasMessage("2026/05/featured.jpg is used by article “Trams return” (#" + article + "); remove it"
                        + " from that article first, then delete it.");
        assertThatThrownBy(() -> uploads.delete(inBody.id()))
                .isInstanceOfSatisfying(MediaInUseException.class, e -> assertThat(e.uses()).containsExactly(
                        new MediaUse(MediaUse.Kind.ARTICLE, draft, "Draft on the harbour"),
                        new MediaUse(MediaUse.Kind.PAGE, page, "About us")));
        assertThat(uploads.find(featured.id())).isPresent();
        assertThat(fileOf(featured.filePath())).exists();
        assertThat(fileOf(featured.variants().get(0).filePath())).exists();
    }

    @Test
    void deletingAnUnusedFileRemovesItsRecordItsFileAndItsVariants() {
        MediaItem kept = upload("kept.jpg", TestMedia.picture("jpg", 700, 400));
        MediaItem item = upload("unused.jpg", TestMedia.picture("jpg", 700, 400));
        long ada = app.authors().create("Ada Reporter", "", "", List.of()).id();
        app.articles().create(Drafts.article("Links a longer name").by(ada)
                .body("[Old](/media/2026/05/unused.jpg.bak)").build());

        uploads.delete(item.id());

        assertThat(uploads.find(item.id())).isEmpty();
        assertThat(fileOf(item.filePath())).doesNotExist();
        item.variants().forEach(variant -> assertThat(fileOf(variant.filePath())).doesNotExist());
        assertThat(fileOf(kept.filePath())).exists();
        assertThatThrownBy(() -> uploads.delete(item.id())).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void aFailureWhileSavingLeavesNoFileAndNoRecord() {
        // The record is saved last, after the file and its variants: a table gone makes that last step fail.
        app.database().jdbi().useHandle(h -> h.execute("DROP TABLE media_variants"));

        assertThatThrownBy(() -> upload("late.jpg", TestMedia.picture("jpg", 700, 400)))
                .isNotInstanceOf(MediaRejectedException.class);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(TempDirs.filesUnder(dataDir.resolve("media"))).isEmpty();
        assertThat(TempDirs.filesUnder(app.settings().uploadsDir())).as("the upload's scratch file").isEmpty();
        assertThat(uploads.count("")).isZero();
    }

    private static Object gpsOf(byte[] jpeg) throws IOException {
        return Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata && metadata.getExif() != null
                ? metadata.getExif().getGpsInfo() : null;
    }

    private static int[] rgb(byte[] image) throws IOException {
        BufferedImage pixels = pixels(image);
        return pixels.getRGB(0, 0, pixels.getWidth(), pixels.getHeight(), null, 0, pixels.getWidth());
    }

    private static BufferedImage pixels(byte[] image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image));
    }

    /** An upload that never ends, counting what was read of it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
