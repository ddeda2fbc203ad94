package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** {@code masthead export wordpress FILE}: the site as one WXR file, and a clear refusal where it cannot go. */
class ExportWordPressCommandTest {
    private final Path folder = TempDirs.create("export-command-");
    private final Path dataDir = folder.resolve("data");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theSiteIsWrittenAsOneExportFile() throws Exception {
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.systemUTC())) {
            Newsroom.seed(app);
        }
        Path file = folder.resolve("site.xml");
        String[] outcome = run("export", "wordpress", file.toString(), "--data", dataDir.toString());

        assertThat(outcome[0]).isEqualTo("0");
        assertThat(outcome[1]).contains("Exported 26 articles, 1 pages").contains(file.toString());
        assertThat(Files.readString(file)).contains("<wp:wxr_version>1.2</wp:wxr_version>")
                .contains(Newsroom.LEAD_HEADLINE);
        assertThat(TempDirs.filesUnder(folder)).filteredOn(name -> !name.startsWith("data/"))
                .as("no partial file left beside it").containsExactly("site.xml");
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        String[] outcome = run("export", "wordpress", folder.resolve("nowhere/site.xml").toString(),
                "--data", dataDir.toString());
        assertThat(outcome[0]).isEqualTo("2");
        assertThat(outcome[2]).contains("does not exist");
    }
}
