package press.masthead.admin.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.accounts.Account;
import press.masthead.accounts.Role;
import press.masthead.admin.AdminException;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.testing.Fixtures;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * One import at a time per node: a second one while the first runs is refused, not queued, and leaves nothing. On
 * SQLite only: the jobs live in the node's memory; ImportAndBackupToolsTest runs imports on both databases.
 */
class ImportJobsTest {
    private static final Path EXPORT = Fixtures.wxr("wordpress-importer/phpunit/small-export.xml");

    private final Path folder = TempDirs.create("import-jobs-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedWithAConflictAndItsUploadRemoved() throws Exception {
        try (TestSite site = TestSite.start()) {
            Account admin = site.app().accounts().create("chief@example.org", "Chief", Role.ADMIN,
                    "a long enough password");
            CountDownLatch release = new CountDownLatch(1);
            WordPressImport held = (file, shownAs, options, progress) -> {
                awaitQuietly(release);
                return site.app().wordPressImports().run(file, shownAs, options, progress);
            };
            try (ImportJobs jobs = new ImportJobs(held, folder.resolve("spool"), site.app().auditLog(),
                    Clock.systemUTC())) {
                ImportJob first = jobs.start(upload("first.xml"), admin, "192.0.2.1");
                ImportUpload second = upload("second.xml");

                assertThatThrownBy(() -> jobs.start(second, admin, "192.0.2.1"))
                        .isInstanceOfSatisfying(AdminException.Conflict.class,
                                e -> assertThat(e.status()).isEqualTo(409))
                        .hasMessageContaining("first.xml").hasMessageContaining("/admin/tools/imports/" + first.id());
                assertThat(second.file()).doesNotExist();
                assertThat(jobs.recent()).containsExactly(first);

                release.countDown();
                untilOver(first);
                assertThat(first.state()).isEqualTo(ImportState.FINISHED);
                assertThat(first.spooled()).as("the upload is removed once imported").doesNotExist();
                ImportJob third = jobs.start(upload("third.xml"), admin, "192.0.2.1");
                untilOver(third);
                assertThat(third.state()).isEqualTo(ImportState.FINISHED);
            }
        }
    }

    private ImportUpload upload(String name) throws Exception {
        Path spooled = folder.resolve(name);
        Files.copy(EXPORT, spooled);
        return new ImportUpload(spooled, name, Files.size(spooled), new ImportOptions(null, false, false));
    }

    private static void untilOver(ImportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!job.state().over() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
