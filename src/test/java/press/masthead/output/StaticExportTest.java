package press.masthead.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.cli.MastheadCommand;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

class StaticExportTest {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
            app.mediaStorage().store("photos/tram.jpg", new ByteArrayInputStream(photo), photo.length);
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static ExportSummary export(Path out, boolean gzip) {
        return new StaticExport(site.app().exportSources(), gzip, 2).run(out, ExportProgress.SILENT);
    }

    @Test
    void everyExportedFileIsByteForByteWhatTheServerAnswers() throws IOException {
        Path out = TempDirs.create("export-");
        try {
            ExportSummary summary = export(out, false);
            List<ExportItem> items = site.app().exportSources().stream().flatMap(s -> s.items().stream()).toList();
            assertThat(items).hasSizeGreaterThan(60);
            assertThat(summary.files()).isEqualTo(items.size());
            for (ExportItem item : items) {
                if (item.filePath().equals("404.html")) {
                    continue;
                }
                HttpResponse<byte[]> served = site.getBytes(item.urlPath());
                assertThat(served.statusCode()).as(item.urlPath()).isEqualTo(200);
                assertThat(Files.readAllBytes(out.resolve(item.filePath()))).as(item.urlPath()).isEqualTo(served.body());
            }
            assertThat(out.resolve("index.html")).exists();
            assertThat(out.resolve("2026/10/15/tram-line-extension-approved-after-marathon-session/index.html")).exists();
            assertThat(out.resolve("tag/budget/page/3/index.html")).exists();
            assertThat(out.resolve("category/news/transport/index.html")).exists();
            assertThat(out.resolve("assets/masthead.css")).exists();
            assertThat(out.resolve("media/photos/tram.jpg")).exists();
            assertThat(out.resolve("404.html")).content().contains("<main");
            assertThat(Files.list(out.resolve("2026/10/10")).map(p -> p.getFileName().toString()))
                    .as("Unicode slugs become Unicode folder names, as static servers decode URLs")
                    .anySatisfy(name -> assertThat(name).startsWith("شورای-شهر"));
        } finally {
            TempDirs.delete(out);
        }
    }

    @Test
    void aSecondExportRewritesOnlyWhatChangedAndRemovesWhatIsGone() throws IOException {
        Path out = TempDirs.create("export-");
        try {
            Files.writeString(out.resolve("CNAME"), "news.example.com");
            ExportSummary first = export(out, false);
            assertThat(first.written()).isEqualTo(first.files());

            ExportSummary unchanged = export(out, false);
            assertThat(unchanged.written()).isZero();
            assertThat(unchanged.removed()).isZero();

            long author = site.app().authors().create("Export Writer", "", "", List.of()).id();
            Instant published = Instant.parse("2020-02-02T10:00:00Z");
            Article old = site.app().articles().create(Drafts.article("A story from 2020").by(author)
                    .publishedAt(published).build());
            ExportSummary withArticle = export(out, false);
            assertThat(out.resolve("2020/02/02/a-story-from-2020/index.html")).exists();
            assertThat(withArticle.written()).isPositive().isLessThan(withArticle.files() / 2);

            site.app().articles().update(old.id(), Drafts.article("A story from 2020").slug("a-story-from-2020")
                    .by(author).publishedAt(published).status(ArticleStatus.DRAFT).build());
            ExportSummary afterUnpublish = export(out, false);
            assertThat(afterUnpublish.removed()).isPositive();
            assertThat(out.resolve("2020/02/02/a-story-from-2020/index.html")).doesNotExist();
            assertThat(out.resolve("2020")).as("empty folders go too").doesNotExist();
            assertThat(out.resolve("CNAME")).as("a file the export did not write stays").exists();
        } finally {
            TempDirs.delete(out);
        }
    }

    @Test
    void aStoredFileIsCopiedInPiecesAndRewrittenOnlyWhenAnotherVersionIsStored() throws IOException {
        Path out = TempDirs.create("export-");
        byte[] video = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(video);
        Instant stored = Instant.parse("2026-11-28T10:00:00.123Z");
        try {
            ExportSummary first = exportStored(out, video, video.length, stored);
            assertThat(first.written()).isEqualTo(1);
            assertThat(out.resolve("media/clip.mp4")).hasBinaryContent(video);

            assertThat(exportStored(out, video, video.length, stored).written()).as("the same version").isZero();

            byte[] recut = Arrays.copyOf(video, video.length);
            recut[0]++;
            ExportSummary again = exportStored(out, recut, recut.length, stored.plusSeconds(60));
            assertThat(again.written()).isEqualTo(1);
            assertThat(out.resolve("media/clip.mp4")).hasBinaryContent(recut);
        } finally {
            TempDirs.delete(out);
        }
    }

    @Test
    void aStoredFileThatChangesWhileItIsCopiedStopsTheExportAndLeavesNothingHalfWritten() throws IOException {
        Path out = TempDirs.create("export-");
        byte[] video = new byte[64 * 1024];
        try {
            assertThatThrownBy(() -> exportStored(out, video, video.length + 1, Instant.now()))
                    .hasMessageContaining("The stored file clip.mp4 changed while it was exported")
                    .hasMessageContaining("export again");
            try (Stream<Path> left = Files.walk(out)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        } finally {
            TempDirs.delete(out);
        }
    }

    /** Exports one stored file, whose stream refuses to be read whole, with gzip copies on. */
    private static ExportSummary exportStored(Path out, byte[] content, long listedSize, Instant storedAt) {
        ExportSource media = () -> List.of(new ExportItem("/media/clip.mp4", "media/clip.mp4",
                new ExportContent.Stored("clip.mp4", listedSize, storedAt, () -> new OnlyInPieces(content))));
        return new StaticExport(List.of(media), true, 2).run(out, ExportProgress.SILENT);
    }

    /** A stream that fails a test which reads it whole into memory. */
    private static final class OnlyInPieces extends InputStream {
        private final ByteArrayInputStream bytes;

        OnlyInPieces(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, 64 * 1024));
        }

        @Override
        public byte[] readAllBytes() {
            throw new AssertionError("a stored file was read whole into memory");
        }

        @Override
        public byte[] readNBytes(int length) {
            throw new AssertionError("a stored file was read whole into memory");
        }
    }

    @Test
    void exportedFilesMayBeReadByAWebServerRunningAsAnotherUser() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path out = TempDirs.create("export-");
        try {
            export(out, true);
            Set<PosixFilePermission> anyNewFile = Files.getPosixFilePermissions(Files.createFile(out.resolve("x")));

            for (String file : List.of("index.html", "index.html.gz", "feed/index.xml", "media/photos/tram.jpg")) {
                assertThat(Files.getPosixFilePermissions(out.resolve(file))).as(file).isEqualTo(anyNewFile);
            }
        } finally {
            TempDirs.delete(out);
        }
    }

    @Test
    void gzipCopiesMatchTheirFiles() throws IOException {
        Path out = TempDirs.create("export-");
        try {
            export(out, true);
            byte[] html = Files.readAllBytes(out.resolve("index.html"));
            try (GZIPInputStream gz = new GZIPInputStream(Files.newInputStream(out.resolve("index.html.gz")))) {
                assertThat(gz.readAllBytes()).isEqualTo(html);
            }
            assertThat(out.resolve("media/photos/tram.jpg.gz")).as("images are not compressed").doesNotExist();
        } finally {
            TempDirs.delete(out);
        }
    }

    @Test
    void theCommandWritesTheSiteWithTheGivenBaseUrlAndPrintsASummary() throws IOException {
        Path out = TempDirs.create("export-cli-");
        try {
            StringWriter printed = new StringWriter();
            int code = MastheadCommand.run(new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true),
                    "export", "static", out.toString(), "--data", site.dataDir().toString(),
                    "--base-url", "https://news.example.com/");
            assertThat(code).isZero();
            assertThat(printed.toString()).containsPattern("Exported [0-9,]+ files");
            assertThat(Files.readString(out.resolve("index.html")))
                    .contains("<link rel=\"canonical\" href=\"https://news.example.com/\">");
        } finally {
            TempDirs.delete(out);
        }
    }
}
