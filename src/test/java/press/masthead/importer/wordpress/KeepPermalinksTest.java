package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** An old URL structure that the article URL pattern can express is offered, and kept when asked. */
class KeepPermalinksTest {
    private final Path folder = TempDirs.create("keep-permalinks-");
    private final Path file = Wxr.write(folder, "export.xml", Wxr.export("https://old.example.com",
            Wxr.post(1, "ferry-returns", "https://old.example.com/ferry-returns/", "The ferry is back.")
                    + Wxr.post(2, "tram-news", "https://old.example.com/tram-news/", "Trams too.")));

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    @Test
    void withoutTheFlagTheStructureIsSuggestedAndTheOldUrlsRedirect() {
        try (TestSite site = TestSite.start()) {
            ImportReport report = site.app().wordPressImporter().run(file, new ImportOptions(null, false, false));
            assertThat(report.notes()).anyMatch(note -> note.contains("/{slug}/") && note.contains("--keep-permalinks"));
            assertThat(site.get("/ferry-returns/").statusCode()).isEqualTo(301);
            assertThat(site.get("/ferry-returns/").headers().firstValue("Location"))
                    .hasValue("/2024/03/05/ferry-returns/");
        }
    }

    @Test
    void withTheFlagTheOldUrlsStayAsTheyWere() {
        try (TestSite site = TestSite.start()) {
            ImportReport report = site.app().wordPressImporter().run(file, new ImportOptions(null, true, false));
            assertThat(site.app().siteSettings().load().articleUrlPattern()).isEqualTo("/{slug}/");
            assertThat(report.notes()).anyMatch(note -> note.contains("is now /{slug}/"));
            assertThat(site.get("/ferry-returns/").statusCode()).isEqualTo(200);
            assertThat(site.get("/tram-news/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStructureWithWordPressIdsCannotBeKeptAndTheReportSaysWhy() {
        Path byId = Wxr.write(folder, "by-id.xml", Wxr.export("https://old.example.com",
                Wxr.post(41, "a", "https://old.example.com/archives/41", "A.")
                        + Wxr.post(42, "b", "https://old.example.com/archives/42", "B.")));
        try (TestSite site = TestSite.start()) {
            ImportReport report = site.app().wordPressImporter().run(byId, new ImportOptions(null, true, false));
            assertThat(site.app().siteSettings().load().articleUrlPattern()).isEqualTo("/{yyyy}/{mm}/{dd}/{slug}/");
            assertThat(report.notes()).anyMatch(note -> note.contains("post ids"));
            assertThat(site.get("/archives/41/").headers().firstValue("Location")).hasValue("/2024/03/05/a/");
        }
    }
}
