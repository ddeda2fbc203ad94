package press.masthead.admin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * In a real browser: an upload lands on the import's page, whose script moves the progress bar and brings up the
 * report by itself once the import is done. The export is large enough that the import is still running when its
 * page first loads. On SQLite only: it tests the page's script in a browser; ImportAndBackupToolsTest runs
 * imports on both databases.
 */
class ImportProgressBrowserTest {
    private static final int POSTS = 80;

    private final Path folder = TempDirs.create("import-browser-");

    @AfterEach
    void clean() {
        TempDirs.delete(folder);
    }

    @Test
    void theProgressBarShowsWhileTheImportRunsAndTheReportReplacesItAtTheEnd() throws Exception {
        Path export = folder.resolve("newsroom-export.xml");
        Files.writeString(export, exportOf(POSTS), StandardCharsets.UTF_8);
        try (TestSite site = TestSite.start(); HeadlessBrowser browser = HeadlessBrowser.start()) {
            site.app().accounts().create("chief@example.org", "Chief", Role.ADMIN, AdminClient.PASSWORD);
            WebDriver driver = browser.driver();
            browser.open(site.url("/admin/login"), 1280, 900);
            driver.findElement(By.id("email")).sendKeys("chief@example.org");
            driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/admin/"));

            browser.open(site.url("/admin/tools"), 1280, 900);
            assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
            driver.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form[action='/admin/tools/imports'] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                    d -> d.getCurrentUrl().matches(".*/admin/tools/imports/[0-9]+"));

            assertThat(driver.findElements(By.cssSelector("progress#import-progress"))).hasSize(1);
            assertThat(driver.findElement(By.cssSelector("[data-import-refresh]")).isDisplayed())
                    .as("the Refresh link is for pages without the script").isFalse();
            new WebDriverWait(driver, Duration.ofMinutes(2)).until(
                    d -> !d.findElements(By.cssSelector("[data-import-report]")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("table.counts")).getText())
                    .contains("articles " + POSTS + " 0 0");
            assertThat(driver.findElements(By.cssSelector("progress"))).isEmpty();
            assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
            assertThat(site.app().articleStore().countAll()).isEqualTo(POSTS);
        }
    }

    /** A WordPress export of {@code posts} published posts by one author, as WordPress writes them. */
    private static String exportOf(int posts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Harbour Ledger</title>
                <link>https://ledger.example.org</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>https://ledger.example.org</wp:base_site_url>
                <wp:base_blog_url>https://ledger.example.org</wp:base_blog_url>
                <wp:author><wp:author_login>desk</wp:author_login>
                  <wp:author_display_name>News Desk</wp:author_display_name></wp:author>
                """);
        for (int i = 1; i <= posts; i++) {
            xml.append("<item><title>Council notes, part ").append(i).append("</title>")
                    .append("<link>https://ledger.example.org/?p=").append(i).append("</link>")
                    .append("<dc:creator>desk</dc:creator>")
                    .append("<content:encoded><![CDATA[The council met again.\n\nItem ").append(i)
                    .append(" was agreed.]]></content:encoded>")
                    .append("<wp:post_id>").append(i).append("</wp:post_id>")
                    .append("<wp:post_date>2026-10-01 09:00:00</wp:post_date>")
                    .append("<wp:post_date_gmt>2026-10-01 08:00:00</wp:post_date_gmt>")
                    .append("<wp:post_name>council-notes-").append(i).append("</wp:post_name>")
                    .append("<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }
}
