package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SitemapSplitTest {
    private static final String BASE = "https://split.example/";

    /** Ten URLs, the fifth with twenty images, each changed a day after the one before. */
    private static Stream<SitemapUrl> urls() {
        return IntStream.rangeClosed(1, 10).mapToObj(n -> new SitemapUrl(BASE + "article-" + n + "/",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * n),
                n == 5 ? IntStream.range(0, 20).mapToObj(i -> BASE + "media/photo-" + i + ".jpg").toList() : List.of(),
                null));
    }

    @Test
    void aSplitByUrlCountKeepsEveryUrlOnceInOrder() {
        SitemapSplit split = new SitemapSplit(4, SitemapSplit.MAX_BYTES);
        assertThat(split.parts(urls())).extracting(SitemapSplit.Part::number).containsExactly(1, 2, 3);
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            byte[] part = split.write(urls(), n).orElseThrow().bytes();
            SitemapSchemas.assertValidUrlset(part);
            List<String> locs = SitemapsTest.xml(part).select("url > loc").eachText();
            assertThat(locs.size()).isLessThanOrEqualTo(4);
            listed.addAll(locs);
        }
        assertThat(listed).isEqualTo(urls().map(SitemapUrl::loc).toList());
        assertThat(split.write(urls(), 4)).isEmpty();
    }

    @Test
    void aFileNeverPassesTheByteLimitWhateverItsImages() {
        // Room for the image-heavy URL (about 2 kB) with a few plain ones, not for all ten URLs.
        long limit = SitemapSplit.DOCUMENT_ROOM + 2_500;
        SitemapSplit split = new SitemapSplit(SitemapSplit.MAX_URLS, limit);
        List<SitemapSplit.Part> parts = split.parts(urls());
        assertThat(parts).hasSizeGreaterThan(1);
        List<String> listed = new ArrayList<>();
        for (SitemapSplit.Part part : parts) {
            byte[] bytes = split.write(urls(), part.number()).orElseThrow().bytes();
            assertThat((long) bytes.length).as("bytes in part " + part.number()).isLessThanOrEqualTo(limit);
            listed.addAll(SitemapsTest.xml(bytes).select("url > loc").eachText());
        }
        assertThat(listed).isEqualTo(urls().map(SitemapUrl::loc).toList());
    }

    @Test
    void aUrlBiggerThanTheLimitStillGetsAFileOfItsOwn() {
        SitemapSplit split = new SitemapSplit(SitemapSplit.MAX_URLS, SitemapSplit.DOCUMENT_ROOM + 100);
        List<SitemapSplit.Part> parts = split.parts(urls());
        assertThat(parts).hasSize(10);
        assertThat(SitemapsTest.xml(split.write(urls(), 5).orElseThrow().bytes()).select("image|image")).hasSize(20);
    }

    @Test
    void eachFileIsAsNewAsItsNewestUrl() {
        List<SitemapSplit.Part> parts = new SitemapSplit(5, SitemapSplit.MAX_BYTES).parts(urls());
        assertThat(parts).extracting(SitemapSplit.Part::lastModified).containsExactly(
                Instant.parse("2026-01-06T00:00:00Z"), Instant.parse("2026-01-11T00:00:00Z"));
    }

    @Test
    void noUrlsMeanNoFiles() {
        assertThat(new SitemapSplit().parts(Stream.empty())).isEmpty();
        assertThat(new SitemapSplit().write(Stream.empty(), 1)).isEmpty();
    }
}
