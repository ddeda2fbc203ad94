package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** {@code masthead import wordpress}: the report on success, one located line and exit code 2 on a broken file. */
class ImportWordPressCommandTest {
    private static final String EXPORT = """
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Old</title><link>https://old.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
            <wp:author><wp:author_login>ed</wp:author_login><wp:author_display_name>Ed</wp:author_display_name></wp:author>
            <item><title>Hello</title><link>https://old.example.com/hello/</link><dc:creator>ed</dc:creator>
            <content:encoded>Hi.</content:encoded><wp:post_id>1</wp:post_id><wp:post_name>hello</wp:post_name>
            <wp:post_date_gmt>2024-01-02 03:04:05</wp:post_date_gmt>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
            </channel></rss>
            """;

    private final Path folder = TempDirs.create("import-command-");
    private final Path dataDir = folder.resolve("data");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }


    @Test
    void anImportPrintsItsReportAndSavesItInTheDataDirectory() throws IOException {
        Path file = Files.writeString(folder.resolve("export.xml"), EXPORT);
        CommandLineRun outcome = CommandLineRun.of("import", "wordpress", file.toString(), "--data", dataDir.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("articles             1         0         0")
                .contains("This report is saved as " + dataDir.resolve("imports"));
        try (var reports = Files.list(dataDir.resolve("imports"))) {
            assertThat(reports.toList()).singleElement()
                    .satisfies(report -> assertThat(Files.readString(report)).contains("articles             1"));
        }
        assertThat(articles()).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndColumnAndNothingImported() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.xml"), EXPORT.substring(0, EXPORT.indexOf("</item>")));
        CommandLineRun outcome = CommandLineRun.of("import", "wordpress", file.toString(), "--data", dataDir.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).startsWith(file + ":").contains(": not well-formed XML: ")
                .contains("nothing was imported").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(articles()).isZero();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndChangesNothing() throws IOException {
        Path file = Files.writeString(folder.resolve("export.xml"), EXPORT);
        CommandLineRun outcome = CommandLineRun.of("import", "wordpress", file.toString(), "--data", dataDir.toString(), "--dry-run");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("dry run").contains("articles             1");
        assertThat(articles()).isZero();
        assertThat(dataDir.resolve("imports")).doesNotExist();
    }

    @Test
    void aMediaFolderThatIsNotThereIsRefusedBeforeAnythingHappens() throws IOException {
        Path file = Files.writeString(folder.resolve("export.xml"), EXPORT);
        CommandLineRun outcome = CommandLineRun.of("import", "wordpress", file.toString(), "--data", dataDir.toString(),
                "--media", folder.resolve("no-such-uploads").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--media").contains("wp-content/uploads");
        assertThat(dataDir).doesNotExist();
    }

    private int articles() {
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.systemUTC())) {
            return app.articleStore().countAll();
        }
    }
}
