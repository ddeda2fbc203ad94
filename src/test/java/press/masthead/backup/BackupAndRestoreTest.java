package press.masthead.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Slugs;
import press.masthead.media.MediaStorage;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * A backup taken while the site serves and writes restores to a working site; a damaged one changes nothing. The
 * checks of the archive itself run on SQLite only: a backup holds an SQLite file whatever the site runs on, and
 * {@code MovingASiteTest} restores one into PostgreSQL.
 */
class BackupAndRestoreTest {
    private static final byte[] PHOTO = "the harbour at dawn".getBytes(StandardCharsets.UTF_8);

    private final Path folder = TempDirs.create("backup-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    private static void seed(MastheadApp app) {
        Newsroom.seed(app);
        app.mediaStorage().store("2026/10/harbour dawn.jpg", new ByteArrayInputStream(PHOTO), PHOTO.length);
    }

    /** On both databases: SQLite copies with its online backup, PostgreSQL reads every row in one snapshot. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBackupTakenWhileTheSiteServesAndWritesRestoresToAWorkingSite(Backend backend) throws Exception {
        Path archive = folder.resolve("site.zip");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        int before;
        try (TestSite site = TestSite.start(backend, BackupAndRestoreTest::seed)) {
            before = site.app().articleStore().countAll();
            Author author = site.app().importSite().authorStore().all().get(0);
            Thread newsroom = new Thread(() -> {
                while (writing.get()) {
                    int next = written.get() + 1;
                    site.app().articles().create(Drafts.article("Live update " + next)
                            .body("Still going.").by(author.id()).build());
                    written.set(next);
                }
            });
            newsroom.start();
            while (written.get() < 5) {
                Thread.onSpinWait();
            }
            BackupSummary summary = site.app().backups().write(archive);
            assertThat(site.get("/").statusCode()).isEqualTo(200);
            writing.set(false);
            newsroom.join();
            assertThat(summary.files()).isEqualTo(2);
        }
        try (TestSite restored = TestSite.start(app -> { }, dataDir -> restore(archive, dataDir, false))) {
            assertThat(integrityCheck(restored.dataDir().resolve("masthead.db"))).isEqualTo("ok");
            int count = restored.app().articleStore().countAll();
            assertThat(count).isBetween(before + 5, before + written.get());
            // The live updates written during the backup may push the lead off the home page: read it where it lives.
            Article lead = restored.app().articleStore().findBySlug(Slugs.from(Newsroom.LEAD_HEADLINE, "article"))
                    .orElseThrow();
            assertThat(restored.page(restored.app().renderer().permalinks().article(lead)).text())
                    .contains(Newsroom.LEAD_HEADLINE);
            assertThat(restored.getBytes("/media/2026/10/harbour%20dawn.jpg").body()).isEqualTo(PHOTO);
        }
    }

    @Test
    void theManifestListsEveryEntryWithItsSizeAndSha256() throws Exception {
        Path archive = backupOfASeededSite();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Map<String, String> listed = new LinkedHashMap<>();
            List<String> lines = new String(zip.getInputStream(zip.getEntry("manifest.txt")).readAllBytes(),
                    StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("masthead-backup 1");
            for (String line : lines.subList(2, lines.size())) {
                String[] parts = line.split(" ", 3);
                listed.put(parts[2], parts[0] + " " + parts[1]);
            }
            Map<String, String> actual = new LinkedHashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().equals("manifest.txt")) {
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    actual.put(entry.getName(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(bytes)) + " " + bytes.length);
                }
            }
            assertThat(listed).isEqualTo(actual).containsKeys("masthead.db", "media/2026/10/harbour dawn.jpg");
        }
    }

    @Test
    void aTruncatedArchiveIsRefusedAndNothingIsWritten() throws Exception {
        Path archive = backupOfASeededSite();
        byte[] whole = Files.readAllBytes(archive);
        Path truncated = Files.write(folder.resolve("truncated.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path target = folder.resolve("restored");

        assertThatThrownBy(() -> restore(truncated, target, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("truncated.zip is damaged")
                .hasMessageContaining("cut short")
                .hasMessageContaining("Nothing was restored");
        assertThat(target).doesNotExist();
    }

    @Test
    void aTamperedEntryIsRefusedByNameAndNothingIsWritten() throws Exception {
        Path archive = backupOfASeededSite();
        Path tampered = folder.resolve("tampered.zip");
        rewrite(archive, tampered, "media/2026/10/harbour dawn.jpg", "the harbour at dusk".getBytes(StandardCharsets.UTF_8));
        Path target = Files.createDirectories(folder.resolve("empty"));

        assertThatThrownBy(() -> restore(tampered, target, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("media/2026/10/harbour dawn.jpg does not match its checksum");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Path archive = backupOfASeededSite();
        Path smuggled = folder.resolve("smuggled.zip");
        rewrite(archive, smuggled, "../escape.txt", "outside".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> restore(smuggled, folder.resolve("target"), false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("../escape.txt, which its manifest does not list");
        assertThat(folder.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void aSiteAlreadyThereIsReplacedOnlyWhenForced() throws Exception {
        Path archive = backupOfASeededSite();
        Path other = folder.resolve("other");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(other), Clock.systemUTC())) {
            app.authors().create("Someone Else", "", "", List.of());
        }

        assertThatThrownBy(() -> restore(archive, other, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already holds a site")
                .hasMessageContaining("--force");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(other), Clock.systemUTC())) {
            assertThat(app.articleStore().countAll()).isZero();
        }

        restore(archive, other, true);
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(other), Clock.systemUTC())) {
            assertThat(app.articleStore().countAll()).isEqualTo(Newsroom.FILLER_ARTICLES + 3);
            assertThat(app.importSite().authorStore().all()).extracting(Author::name).doesNotContain("Someone Else");
        }
    }

    @Test
    void aHiddenFileThatAnOlderBackupTookFromTheMediaFolderIsLeftOut() throws Exception {
        Path older = folder.resolve("older.zip");
        withListedEntry(backupOfASeededSite(), older, "media/2026/10/.DS_Store",
                "a desktop's folder notes".getBytes(StandardCharsets.UTF_8));
        Path target = folder.resolve("restored");

        BackupSummary summary = restore(older, target, false);

        assertThat(TempDirs.filesUnder(target.resolve("media"))).containsExactly("2026/10/harbour dawn.jpg");
        assertThat(summary.files()).isEqualTo(2);
    }

    /** Restores into a data directory as the command line does, with the media in its media folder. */
    private static BackupSummary restore(Path archive, Path dataDir, boolean force) {
        MediaStorage media = MastheadApp.mediaStorageFor(TestSite.settingsFor(dataDir));
        return new BackupRestorer().restore(archive, dataDir, media, SqliteFileTarget.in(dataDir), force);
    }

    private Path backupOfASeededSite() {
        Path dataDir = folder.resolve("site");
        Path archive = folder.resolve("site.zip");
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(dataDir), Clock.fixed(
                Instant.parse("2026-11-28T10:00:00Z"), java.time.ZoneOffset.UTC))) {
            seed(app);
            app.backups().write(archive);
        }
        return archive;
    }

    /** Copies a zip entry by entry, putting {@code bytes} under {@code name} (new or in place of the old entry). */
    private static void rewrite(Path from, Path to, String name, byte[] bytes) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean replaced = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = entry.getName().equals(name) ? new ByteArrayInputStream(bytes)
                        : zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                replaced |= entry.getName().equals(name);
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /** Copies a backup, adding an entry and listing it in the manifest, as an older Masthead might have. */
    private static void withListedEntry(Path from, Path to, String name, byte[] bytes) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Manifest manifest = Manifest.read(zip.getInputStream(zip.getEntry(Manifest.NAME)));
            Map<String, Manifest.Entry> entries = new LinkedHashMap<>(manifest.entries());
            entries.put(name, HashingCopy.copy(name, new ByteArrayInputStream(bytes), null));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().equals(Manifest.NAME)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    zip.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(bytes);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(Manifest.NAME));
            out.write(new Manifest(manifest.created(), entries).bytes());
            out.closeEntry();
        }
    }

    private static String integrityCheck(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet result = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

}
