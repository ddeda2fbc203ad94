package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static press.masthead.search.SearchPageTest.resultLinks;
import static press.masthead.search.SearchPageTest.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.cli.MastheadCommand;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** The index is rebuilt from the database by {@code masthead reindex}, and by the server when it finds it stale. */
class ReindexTest {
    /** A data directory holding the newsroom, written by a Masthead that has since stopped. */
    Path dataDir;

    @BeforeEach
    void writeANewsroom() {
        dataDir = TempDirs.create("reindex-");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.systemUTC())) {
            Newsroom.seed(app);
        }
    }

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dataDir);
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome masthead(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private int indexedArticles() throws IOException {
        try (var directory = FSDirectory.open(dataDir.resolve("search"));
             var reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    @Test
    void reindexRebuildsADeletedIndexFromTheDatabase() throws IOException {
        assertThat(indexedArticles()).isEqualTo(Newsroom.FILLER_ARTICLES + 2);
        TempDirs.delete(dataDir.resolve("search"));

        Outcome outcome = masthead("reindex", "--data", dataDir.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).startsWith("Indexed 25 published articles for search in ");
        assertThat(indexedArticles()).isEqualTo(25);
    }

    @Test
    void reindexWhileAServerHoldsTheIndexStopsWithOneClearLine() {
        try (TestSite site = TestSite.start()) {
            Outcome outcome = masthead("reindex", "--data", site.dataDir().toString());
            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.err()).startsWith("masthead: The search index in ")
                    .contains("is in use by another Masthead process").doesNotContain("\tat ");
        }
    }

    @Test
    void theServerRebuildsAMissingIndexOnStart() {
        TempDirs.delete(dataDir.resolve("search"));
        try (TestSite site = TestSite.start(app -> { }, this::copyDataInto)) {
            assertThat(resultLinks(site.page(search("trams")))).containsExactly(SearchPageTest.LEAD);
        }
    }

    @Test
    void theServerRebuildsAnUnreadableIndexOnStart() throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("search"))) {
            for (Path file : files.toList()) {
                Files.writeString(file, "not a Lucene file");
            }
        }
        try (TestSite site = TestSite.start(app -> { }, this::copyDataInto)) {
            assertThat(resultLinks(site.page(search("trams")))).containsExactly(SearchPageTest.LEAD);
        }
    }

    /** Copies the database and the search index, as an upgrade or a restore leaves them. */
    private void copyDataInto(Path target) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(dataDir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
