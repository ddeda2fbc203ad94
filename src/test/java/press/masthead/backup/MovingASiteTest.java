package press.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.content.Article;
import press.masthead.content.CorrectionKind;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.testing.Backend;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.DatabaseRows;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestPostgres;

/**
 * A site moves from SQLite to PostgreSQL and back through {@code masthead backup} and {@code masthead restore} and
 * loses nothing: every row of every table (articles, pages, authors, taxonomies, redirects, media records, comments,
 * corrections, settings, import records) and every media file arrive as they left.
 */
class MovingASiteTest {
    private static final byte[] PHOTO = "the harbour at dawn".getBytes(StandardCharsets.UTF_8);
    private static final Path WORDPRESS_EXPORT = Path.of(System.getProperty("masthead.fixtures", "../shared/fixtures"),
            "wxr", "theme-test-data", "themeunittestdata.wordpress.xml");

    private final Path folder = TempDirs.create("moving-");
    private final List<Settings> postgresSites = new ArrayList<>();

    @AfterEach
    void clean() {
        postgresSites.forEach(settings -> TestPostgres.dropDatabase(settings.databaseUrl()));
        TempDirs.delete(folder);
    }

    @Test
    void aSiteMovesFromSqliteToPostgresqlAndBackLosingNothing() throws Exception {
        Settings sqlite = Backend.SQLITE.settingsFor(folder.resolve("sqlite"));
        Map<String, List<String>> original;
        try (MastheadApp app = MastheadApp.open(sqlite, Clock.systemUTC())) {
            seed(app);
            original = DatabaseRows.dump(app.database());
        }
        assertThat(original.get("redirects")).isNotEmpty();
        assertThat(original.get("comments")).isNotEmpty();
        assertThat(original.get("media_items")).isNotEmpty();

        Path fromSqlite = folder.resolve("from-sqlite.zip");
        succeeds("backup", fromSqlite.toString(), "--data", sqlite.dataDir().toString());
        Settings postgres = postgres("postgres");
        succeeds(CommandLineRun.against(postgres, "restore", fromSqlite.toString()));
        Map<String, List<String>> onPostgres;
        try (MastheadApp app = MastheadApp.open(postgres, Clock.systemUTC())) {
            assertThat(DatabaseRows.dump(app.database())).isEqualTo(original);
            assertThat(Files.readAllBytes(postgres.mediaDir().resolve("2026/10/harbour dawn.jpg"))).isEqualTo(PHOTO);
            long largestId = app.articleStore().allAfter(0, Integer.MAX_VALUE).stream().mapToLong(Article::id).max()
                    .orElseThrow();
            long author = app.importSite().authorStore().all().get(0).id();
            assertThat(app.articles().create(Drafts.article("Written after the move").by(author).build()).id())
                    .as("new rows number on from the restored ones").isGreaterThan(largestId);
            onPostgres = DatabaseRows.dump(app.database());
        }

        Path fromPostgres = folder.resolve("from-postgres.zip");
        succeeds(CommandLineRun.against(postgres, "backup", fromPostgres.toString()));
        Settings back = Backend.SQLITE.settingsFor(folder.resolve("back"));
        succeeds("restore", fromPostgres.toString(), "--data", back.dataDir().toString());
        try (MastheadApp app = MastheadApp.open(back, Clock.systemUTC())) {
            assertThat(DatabaseRows.dump(app.database())).isEqualTo(onPostgres);
            assertThat(Files.readAllBytes(back.mediaDir().resolve("2026/10/harbour dawn.jpg"))).isEqualTo(PHOTO);
        }
    }

    @Test
    void aPostgresqlDatabaseWithContentIsReplacedOnlyWhenForced() {
        Settings sqlite = Backend.SQLITE.settingsFor(folder.resolve("sqlite"));
        try (MastheadApp app = MastheadApp.open(sqlite, Clock.systemUTC())) {
            Newsroom.seed(app);
        }
        Path archive = folder.resolve("site.zip");
        succeeds("backup", archive.toString(), "--data", sqlite.dataDir().toString());
        Settings postgres = postgres("occupied");
        try (MastheadApp app = MastheadApp.open(postgres, Clock.systemUTC())) {
            app.authors().create("Someone Else", "", "", List.of());
        }

        CommandLineRun refused = CommandLineRun.of(CommandLineRun.against(postgres, "restore", archive.toString()));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("masthead: ").contains("already holds a site").contains("--force")
                .doesNotContain("\tat ");

        succeeds(CommandLineRun.against(postgres, "restore", archive.toString(), "--force"));
        try (MastheadApp app = MastheadApp.open(postgres, Clock.systemUTC())) {
            assertThat(app.articleStore().countAll()).isEqualTo(Newsroom.FILLER_ARTICLES + 3);
            assertThat(app.importSite().authorStore().all()).extracting(a -> a.name()).doesNotContain("Someone Else");
        }
    }

    /** A newsroom, a media file, a WordPress import (comments, custom fields, media records), a note, a moved URL. */
    private static void seed(MastheadApp app) {
        Newsroom.seed(app);
        app.mediaStorage().store("2026/10/harbour dawn.jpg", new ByteArrayInputStream(PHOTO), PHOTO.length);
        app.wordPressImporter().run(WORDPRESS_EXPORT, new ImportOptions(null, false, false));
        Article lead = app.articleStore().findBySlug("tram-line-extension-approved-after-marathon-session").orElseThrow();
        app.corrections().add(lead.id(), CorrectionKind.CORRECTION, "An earlier version gave the wrong vote count.");
    }

    private Settings postgres(String name) {
        Settings settings = Backend.POSTGRES.settingsFor(folder.resolve(name));
        postgresSites.add(settings);
        return settings;
    }

    private static void succeeds(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }
}
