package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import press.masthead.app.MastheadApp;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * Imports every WXR fixture into an empty site: a well-formed one must bring exactly what the file holds (counted
 * by {@link ExpectedCounts} with a DOM parser), a broken one must be refused at the line the XML parser names, with
 * nothing saved.
 */
class EveryFixtureTest {
    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(WxrFixtures.root())) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importBringsExactlyWhatTheFileHoldsOrRefusesABrokenFileAtItsLine(Path file) throws Exception {
        Path dataDir = TempDirs.create("wxr-fixture-");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.systemUTC())) {
            int brokenLine = ExpectedCounts.malformedLine(file);
            if (brokenLine > 0) {
                assertThatThrownBy(() -> app.wordPressImporter().run(file, new ImportOptions(null, false, false)))
                        .isInstanceOf(WxrFormatException.class)
                        .hasMessageStartingWith(file + ":" + brokenLine + ":");
                assertThat(app.isEmpty()).isTrue();
                assertThat(app.importSite().authorStore().all()).isEmpty();
                assertThat(dataDir.resolve("imports")).doesNotExist();
                return;
            }
            ExpectedCounts expected = ExpectedCounts.of(file);
            ImportReport report = app.wordPressImporter().run(file, new ImportOptions(null, false, false));

            assertThat(counts(report)).as(report.text()).isEqualTo(expected);
            assertThat(stored(app)).as("what the site holds after importing " + file).isEqualTo(expected.content());
            assertThat(report.savedAs()).exists();
        } finally {
            TempDirs.delete(dataDir);
        }
    }

    private static ExpectedCounts counts(ImportReport report) {
        return new ExpectedCounts(report.imported(Kind.AUTHORS), report.imported(Kind.CATEGORIES),
                report.imported(Kind.TAGS), report.imported(Kind.ARTICLES), report.imported(Kind.PAGES),
                report.imported(Kind.MEDIA), report.imported(Kind.COMMENTS), report.skipped(Kind.OTHER_ITEMS));
    }

    static ExpectedCounts stored(MastheadApp app) {
        ImportSite site = app.importSite();
        var articles = site.articleStore().allAfter(0, Integer.MAX_VALUE);
        var pages = site.pageStore().all();
        int comments = articles.stream().mapToInt(a -> site.comments().ofArticle(a.id()).size()).sum()
                + pages.stream().mapToInt(p -> site.comments().ofPage(p.id()).size()).sum();
        return new ExpectedCounts(site.authorStore().all().size(), site.taxonomyStore().allCategories().size(),
                site.taxonomyStore().allTags().size(), articles.size(), pages.size(),
                site.mediaStore().allAfter(0, Integer.MAX_VALUE).size(), comments, 0);
    }
}
