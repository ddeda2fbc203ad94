package press.masthead.admin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.app.MastheadApp;
import press.masthead.backup.BackupRestorer;
import press.masthead.backup.SqliteFileTarget;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.output.ExportProgress;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Fixtures;
import press.masthead.testing.MultipartForm;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * Import and backup from the admin, through the real server: upload, progress, report, downloads, who may. Each
 * case has an empty site of its own; what it is compared with (the command line's report, a restored backup) is an
 * SQLite file whatever the site runs on.
 */
@OnBothDatabases
class ImportAndBackupToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Six posts (five published, one private) and five pages, with categories, tags and comments. */
    private static final Path SMALL_EXPORT = Fixtures.wxr("wordpress-importer/phpunit/small-export.xml");
    private static final Path MALFORMED = Fixtures.wxr("wordpress-importer/phpunit/malformed-simple.xml");

    @Parameter
    Backend backend;

    private final Path folder = TempDirs.create("tools-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    @Test
    void anAdminUploadsAnExportFollowsItToTheEndAndFindsTheArticlesOnThePublicSite() throws Exception {
        try (TestSite site = TestSite.start(backend)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            HttpResponse<String> upload = admin.send(api(admin, "/api/v1/admin/imports",
                    new MultipartForm().file("file", SMALL_EXPORT)));

            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
            JsonNode started = JSON.readTree(upload.body());
            long id = started.get("id").asLong();
            assertThat(upload.headers().firstValue("Location")).hasValue("/api/v1/admin/imports/" + id);
            assertThat(started.get("file").asText()).isEqualTo("small-export.xml");
            JsonNode done = untilOver(admin, id);

            assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("finished");
            assertThat(done.at("/progress/done").asInt()).isEqualTo(done.at("/progress/total").asInt()).isPositive();
            JsonNode counts = done.at("/report/counts");
            assertThat(counts.at("/articles/imported").asInt()).isEqualTo(6);
            assertThat(counts.at("/pages/imported").asInt()).isEqualTo(5);
            assertThat(done.at("/report/text").asText()).isEqualTo(reportOfTheSameImportOnAnEmptySite());
            assertThat(done.at("/report/problems").isArray()).isTrue();
            assertThat(site.dataDir().resolve("imports").resolve(done.at("/report/savedAs").asText())).exists();
            assertThat(site.app().articleStore().countAll()).isEqualTo(6);
            assertThat(site.page("/").text()).contains("Hello world!");

            Document page = admin.page("/admin/tools/imports/" + id);
            assertThat(page.select("table.counts").text()).contains("articles 6 0 0", "pages 5 0 0");
            assertThat(page.select("[data-import-status]")).isEmpty();
            assertThat(actions(site)).contains("import.started", "import.finished");
            assertThat(spooled(site)).as("uploads left in the data directory").isEmpty();
        }
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndColumnAndNothingIsImported() throws Exception {
        try (TestSite site = TestSite.start(backend)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            HttpResponse<String> upload = admin.postMultipart("/admin/tools/imports",
                    admin.form().file("file", MALFORMED));

            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(303);
            String location = upload.headers().firstValue("Location").orElseThrow();
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            JsonNode over = untilOver(admin, id);

            assertThat(over.get("state").asText()).isEqualTo("refused");
            assertThat(over.get("error").asText()).matches("malformed-simple\\.xml:[0-9]+:[0-9]+: .+");
            Document page = admin.page(location);
            assertThat(page.select("[role=alert]").text()).isEqualTo(over.get("error").asText());
            assertThat(page.text()).contains("Nothing was imported.");
            assertThat(site.app().isEmpty()).isTrue();
            assertThat(site.app().importSite().authorStore().all()).as("only the admin's own profile").hasSize(1);
            assertThat(site.dataDir().resolve("imports")).as("no report saved").doesNotExist();
            assertThat(actions(site)).contains("import.refused");
        }
    }

    @Test
    void aDryRunReportsWhatTheImportWouldDoAndImportsNothing() throws Exception {
        try (TestSite site = TestSite.start(backend)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            HttpResponse<String> upload = admin.send(api(admin, "/api/v1/admin/imports",
                    new MultipartForm().field("dryRun", "true").file("file", SMALL_EXPORT)));
            JsonNode done = untilOver(admin, JSON.readTree(upload.body()).get("id").asLong());

            assertThat(done.get("state").asText()).isEqualTo("finished");
            assertThat(done.get("dryRun").asBoolean()).isTrue();
            assertThat(done.at("/report/counts/articles/imported").asInt()).isEqualTo(6);
            assertThat(done.at("/report/savedAs").isNull()).isTrue();
            assertThat(site.app().isEmpty()).isTrue();
            assertThat(site.app().importSite().authorStore().all()).as("only the admin's own profile").hasSize(1);
            assertThat(site.dataDir().resolve("imports")).doesNotExist();
        }
    }

    @Test
    void anUploadWithoutAFileIsSentBackWithTheMessageBesideTheField() {
        try (TestSite site = TestSite.start(backend)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            HttpResponse<String> upload = admin.postMultipart("/admin/tools/imports",
                    admin.form().field("dryRun", "on").file("file", "", new byte[0]));

            assertThat(upload.statusCode()).isEqualTo(400);
            Document page = Jsoup.parse(upload.body());
            assertThat(page.select("#file-error").text()).contains("Choose a WordPress export file");
            assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-error");
            assertThat(page.select("#dryRun").hasAttr("checked")).isTrue();
        }
    }

    @Test
    void theBackupDownloadRestoresIntoAnEmptyFolderWithTheSameArticles() throws Exception {
        try (TestSite site = TestSite.start(backend, Newsroom::seed)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            Path archive = folder.resolve("download.zip");
            HttpResponse<Path> download = admin.send(admin.request("/admin/tools/backup")
                    .header("Origin", admin.origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + admin.csrf())),
                    HttpResponse.BodyHandlers.ofFile(archive));

            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/zip"));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                    assertThat(disposition)
                            .matches("attachment; filename=\"masthead-backup-[0-9]{8}-[0-9]{6}\\.zip\""));
            Path restored = folder.resolve("restored");
            new BackupRestorer().restore(archive, restored,
                    MastheadApp.mediaStorageFor(TestSite.settingsFor(restored)), SqliteFileTarget.in(restored), false);
            try (MastheadApp copy = MastheadApp.open(TestSite.settingsFor(restored), Clock.systemUTC())) {
                assertThat(copy.articleStore().countAll()).isEqualTo(site.app().articleStore().countAll())
                        .isPositive();
            }
            assertThat(actions(site)).contains("backup.downloaded");
            assertThat(spooled(site)).as("database copies left in the data directory").isEmpty();
        }
    }

    @Test
    void theApiStreamsTheBackupAndTheWordPressExport() throws Exception {
        try (TestSite site = TestSite.start(backend, Newsroom::seed)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            Path archive = folder.resolve("api.zip");
            HttpResponse<Path> backup = admin.send(admin.request("/api/v1/admin/backups")
                    .header("Origin", admin.origin()).header("X-CSRF-Token", admin.csrf())
                    .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofFile(archive));
            assertThat(backup.statusCode()).isEqualTo(200);
            Path restored = folder.resolve("restored");
            new BackupRestorer().restore(archive, restored,
                    MastheadApp.mediaStorageFor(TestSite.settingsFor(restored)), SqliteFileTarget.in(restored), false);

            Path export = folder.resolve("export.xml");
            HttpResponse<Path> wxr = admin.send(admin.request("/api/v1/admin/exports/wordpress")
                    .header("Origin", admin.origin()).header("X-CSRF-Token", admin.csrf())
                    .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofFile(export));
            assertThat(wxr.statusCode()).isEqualTo(200);
            assertThat(wxr.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                    assertThat(disposition)
                            .matches("attachment; filename=\"masthead-wordpress-[0-9]{8}-[0-9]{6}\\.xml\""));
            Path emptySite = TempDirs.create("tools-reimport-");
            try (MastheadApp copy = MastheadApp.open(TestSite.settingsFor(emptySite), Clock.systemUTC())) {
                ImportReport report = copy.wordPressImporter().run(export, new ImportOptions(null, false, false));
                assertThat(report.imported(ImportReport.Kind.ARTICLES))
                        .isEqualTo(site.app().articleStore().countAll());
            } finally {
                TempDirs.delete(emptySite);
            }
            assertThat(actions(site)).contains("backup.downloaded", "export.downloaded");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EDITOR", "AUTHOR", "CONTRIBUTOR"})
    void everyoneButAdminsIsRefusedEveryToolsRoute(Role role) {
        try (TestSite site = TestSite.start(backend)) {
            AdminClient admin = AdminClient.as(site, Role.ADMIN);
            long id = idOfAFinishedImport(admin);
            AdminClient other = AdminClient.as(site, role);
            List<HttpResponse<String>> answers = List.of(
                    other.get("/admin/tools"),
                    other.get("/admin/tools/imports/" + id),
                    other.postMultipart("/admin/tools/imports", other.form().file("file", SMALL_EXPORT)),
                    other.postForm("/admin/tools/backup", Map.of()),
                    other.postForm("/admin/tools/export", Map.of()),
                    other.get("/api/v1/admin/imports"),
                    other.get("/api/v1/admin/imports/" + id),
                    other.send(api(other, "/api/v1/admin/imports", new MultipartForm().file("file", SMALL_EXPORT))),
                    other.json("POST", "/api/v1/admin/backups", null),
                    other.json("POST", "/api/v1/admin/exports/wordpress", null));

            assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode())
                    .as(answer.request().method() + " " + answer.uri()).isEqualTo(403));
            assertThat(site.app().isEmpty()).as("nothing was imported").isTrue();
            assertThat(actions(site)).containsOnlyOnce("import.started");
        }
    }

    /** A dry run, so that the status routes have an import to refuse to show. */
    private static long idOfAFinishedImport(AdminClient admin) {
        try {
            HttpResponse<String> upload = admin.send(api(admin, "/api/v1/admin/imports",
                    new MultipartForm().field("dryRun", "true").file("file", SMALL_EXPORT)));
            long id = JSON.readTree(upload.body()).get("id").asLong();
            untilOver(admin, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder api(AdminClient client, String path, MultipartForm form) {
        return client.request(path).header("Origin", client.origin()).header("X-CSRF-Token", client.csrf())
                .header("Content-Type", form.contentType()).POST(form.body());
    }

    /** Polls the status as the page's script does, until the import is over (or a minute has passed). */
    static JsonNode untilOver(AdminClient client, long id) throws IOException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            HttpResponse<String> answer = client.get("/api/v1/admin/imports/" + id);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode status = JSON.readTree(answer.body());
            String state = status.get("state").asText();
            if (!state.equals("checking") && !state.equals("importing")) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Import " + id + " is still " + state + " after a minute: " + status);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The report the command line prints for the same file on an empty site. */
    private String reportOfTheSameImportOnAnEmptySite() {
        Path dataDir = folder.resolve("cli");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.systemUTC())) {
            return app.wordPressImports().run(SMALL_EXPORT, "small-export.xml",
                    new ImportOptions(null, false, false), ExportProgress.SILENT).text();
        }
    }

    private static List<String> actions(TestSite site) {
        return site.app().auditLog().recent(0, 100).stream().map(AuditEntry::action).toList();
    }

    private static List<Path> spooled(TestSite site) throws IOException {
        Path scratch = site.app().settings().scratchDir();
        if (!Files.isDirectory(scratch)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
