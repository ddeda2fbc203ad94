package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import press.masthead.content.Article;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** Importing the same export again creates nothing new; a changed export updates what the first import made. */
@OnBothDatabases
class ReimportTest {
    @Parameter
    Backend backend;

    private final Path folder = TempDirs.create("reimport-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    @Test
    void importingTheThemeUnitTestDataTwiceDuplicatesNothing() {
        Path file = WxrFixtures.file(WxrFixtures.THEME_UNIT_TEST);
        try (TestSite site = TestSite.start(backend)) {
            ImportReport first = site.app().wordPressImporter().run(file, new ImportOptions(null, false, false));
            ExpectedCounts afterFirst = EveryFixtureTest.stored(site.app());
            List<Long> ids = articleIds(site);

            ImportReport second = site.app().wordPressImporter().run(file, new ImportOptions(null, false, false));

            assertThat(EveryFixtureTest.stored(site.app())).isEqualTo(afterFirst);
            assertThat(articleIds(site)).isEqualTo(ids);
            for (Kind kind : List.of(Kind.AUTHORS, Kind.CATEGORIES, Kind.TAGS, Kind.ARTICLES, Kind.PAGES, Kind.MEDIA,
                    Kind.COMMENTS)) {
                assertThat(second.imported(kind)).as("new %s the second time", kind).isZero();
                assertThat(second.updated(kind)).as("updated %s the second time", kind).isEqualTo(first.imported(kind));
            }
        }
    }

    @Test
    void aChangedExportUpdatesTheArticleInPlace() {
        Path before = Wxr.write(folder, "before.xml", Wxr.export("https://old.example.com",
                Wxr.post(1, "ferry", "https://old.example.com/ferry/", "The ferry is late.")));
        Path after = Wxr.write(folder, "after.xml", Wxr.export("https://old.example.com",
                Wxr.post(1, "ferry", "https://old.example.com/ferry/", "The ferry is on time.")));
        try (TestSite site = TestSite.start(backend)) {
            site.app().wordPressImporter().run(before, new ImportOptions(null, false, false));
            long id = articleIds(site).get(0);
            ImportReport report = site.app().wordPressImporter().run(after, new ImportOptions(null, false, false));

            assertThat(report.updated(Kind.ARTICLES)).isEqualTo(1);
            assertThat(articleIds(site)).containsExactly(id);
            assertThat(site.page("/2024/03/05/ferry/").text()).contains("on time").doesNotContain("late");
        }
    }

    @Test
    void theSameIdsFromAnotherSiteAreAnotherSitesContent() {
        Path one = Wxr.write(folder, "one.xml", Wxr.export("https://one.example.com",
                Wxr.post(1, "first", "https://one.example.com/first/", "One.")));
        Path two = Wxr.write(folder, "two.xml", Wxr.export("https://two.example.com",
                Wxr.post(1, "second", "https://two.example.com/second/", "Two.")));
        try (TestSite site = TestSite.start(backend)) {
            site.app().wordPressImporter().run(one, new ImportOptions(null, false, false));
            site.app().wordPressImporter().run(two, new ImportOptions(null, false, false));
            assertThat(site.app().articleStore().countAll()).isEqualTo(2);
        }
    }

    private static List<Long> articleIds(TestSite site) {
        return site.app().articleStore().allAfter(0, Integer.MAX_VALUE).stream().map(Article::id).toList();
    }
}
