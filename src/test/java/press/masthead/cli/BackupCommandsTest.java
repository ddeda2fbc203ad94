package press.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/** {@code masthead backup} and {@code masthead restore} from the command line: what they say and their exit codes. */
class BackupCommandsTest {
    private final Path folder = TempDirs.create("backup-commands-");
    private final Path site = folder.resolve("site");
    private final Path archive = folder.resolve("site.zip");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }


    private void backUpASeededSite() {
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(site), Clock.systemUTC())) {
            Newsroom.seed(app);
        }
        CommandLineRun backup = CommandLineRun.of("backup", archive.toString(), "--data", site.toString());
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).startsWith("Backed up 1 file").contains("masthead restore " + archive);
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolder() {
        backUpASeededSite();
        Path restored = folder.resolve("restored");
        CommandLineRun restore = CommandLineRun.of("restore", archive.toString(), "--data", restored.toString());

        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out()).contains("Restored 1 file").contains((Newsroom.FILLER_ARTICLES + 3) + " articles");
    }

    @Test
    void aRestorePutsTheMediaIntoTheMediaFolderTheSettingsName() throws Exception {
        byte[] photo = "the harbour at dawn".getBytes(StandardCharsets.UTF_8);
        try (MastheadApp app = MastheadApp.open(TestSite.settingsFor(site), Clock.systemUTC())) {
            Newsroom.seed(app);
            app.mediaStorage().store("2026/10/harbour dawn.jpg", new ByteArrayInputStream(photo), photo.length);
        }
        assertThat(CommandLineRun.of("backup", archive.toString(), "--data", site.toString()).exitCode()).isZero();
        Path shared = folder.resolve("shared-media").toAbsolutePath();
        Path restored = dataDirWithMediaIn(folder.resolve("restored"), shared);

        CommandLineRun restore = CommandLineRun.of("restore", archive.toString(), "--data", restored.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(shared.resolve("2026/10/harbour dawn.jpg")).hasBinaryContent(photo);
        assertThat(restored.resolve("media")).doesNotExist();
        Path another = dataDirWithMediaIn(folder.resolve("another"), shared);
        CommandLineRun refused = CommandLineRun.of("restore", archive.toString(), "--data", another.toString());
        assertThat(refused.exitCode()).as("the media folder already holds a site's files").isEqualTo(1);
        assertThat(refused.err()).contains("already holds a site");
    }

    private static Path dataDirWithMediaIn(Path dataDir, Path mediaDir) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("masthead.properties"),
                "media-dir=" + mediaDir.toString().replace('\\', '/') + "\n");
        return dataDir;
    }

    @Test
    void restoringOverASiteIsRefusedWithoutForce() {
        backUpASeededSite();
        CommandLineRun refused = CommandLineRun.of("restore", archive.toString(), "--data", site.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("masthead: ").contains("already holds a site").contains("--force")
                .doesNotContain("Exception");

        assertThat(CommandLineRun.of("restore", archive.toString(), "--data", site.toString(), "--force").exitCode()).isZero();
    }

    @Test
    void aDamagedBackupIsRefusedInOneLine() throws Exception {
        backUpASeededSite();
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        Path restored = folder.resolve("restored");
        CommandLineRun outcome = CommandLineRun.of("restore", archive.toString(), "--data", restored.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("is damaged").contains("Nothing was restored").doesNotContain("\tat ");
        assertThat(restored).doesNotExist();
    }
}
