package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.masthead.accounts.Role;
import press.masthead.content.ArticleStatus;
import press.masthead.media.TestMedia;
import press.masthead.testing.AdminClient;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.SharedSite;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * A writer's day in a real headless Chromium: log in, write an article with the toolbar while the live preview
 * follows and autosave keeps it, save, preview it in the site's theme, publish it, and read it on the public site;
 * the admin's article pages pass axe-core at a tablet's width. On SQLite only: it tests the pages in a browser; the
 * storage behind them runs on both databases in ArticleApiTest and ArticlePagesTest.
 */
@ExtendWith(SharedSite.class)
class ArticleJourneyBrowserTest {
    static TestSite site;
    static HeadlessBrowser browser;

    @BeforeAll
    static void start(TestSite shared) {
        site = shared;
        site.app().accounts().create("journey@example.org", "Jo Journey", Role.EDITOR, AdminClient.PASSWORD);
        browser = HeadlessBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_writer_logs_in_writes_with_the_toolbar_uploads_an_image_previews_schedules_publishes_and_finds_it_on_the_site()
            throws Exception {
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        browser.open(site.url("/admin/login"), 1280, 900);
        driver.findElement(By.id("email")).sendKeys("journey@example.org");
        driver.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(site.url("/admin/")));

        driver.get(site.url("/admin/articles/new"));
        driver.findElement(By.id("headline")).sendKeys("Harbour lights switched on");
        driver.findElement(By.id("body")).sendKeys("The lights came on at dusk.");
        browser.script("document.getElementById('body').setSelectionRange(4, 10);");
        driver.findElement(By.cssSelector("[data-toolbar] button[data-md=bold]")).click();
        browser.script("var b = document.getElementById('body'); b.setSelectionRange(b.value.length, b.value.length);");
        driver.findElement(By.id("body")).sendKeys("\nCrowds cheered.");
        browser.script("var b = document.getElementById('body'); var at = b.value.indexOf('Crowds');"
                + " b.setSelectionRange(at, at);");
        driver.findElement(By.cssSelector("[data-toolbar] button[data-md=quote]")).click();

        assertThat(driver.findElement(By.id("body")).getAttribute("value"))
                .isEqualTo("The **lights** came on at dusk.\n> Crowds cheered.");

        // The toolbar's image button opens the media library, where the writer uploads a picture with its alt text.
        browser.script("var b = document.getElementById('body'); b.setSelectionRange(b.value.length, b.value.length);");
        driver.findElement(By.cssSelector("[data-toolbar] button[data-md=image]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.media-picker[open] .mp-upload summary")))
                .click();
        Path picture = Files.write(TempDirs.create("journey-").resolve("lights.png"), TestMedia.png(480, 320));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mp-file"))).sendKeys(picture.toString());
        driver.findElement(By.id("mp-upload-alt")).sendKeys("Strings of lights along the quay");
        driver.findElement(By.cssSelector(".mp-upload-form button[type=submit]")).click();
        wait.until(driver1 -> driver1.findElement(By.id("body")).getAttribute("value").contains("![Strings of lights"));
        assertThat(driver.findElement(By.id("body")).getAttribute("value"))
                .containsPattern("!\\[Strings of lights along the quay\\]\\(/media/[0-9]{4}/[0-9]{2}/lights\\.png\\)");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#live-preview strong")));
        assertThat(driver.findElement(By.cssSelector("#live-preview strong")).getText()).isEqualTo("lights");
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core) on the editor").isEmpty();

        // The first autosave creates the article; the page's address follows it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Autosaved"));
        assertThat(driver.getCurrentUrl()).matches(".*/admin/articles/[0-9]+$");

        driver.findElement(By.cssSelector("button[name=action][value=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Saved."));
        String editorUrl = driver.getCurrentUrl();

        driver.get(driver.findElement(By.linkText("Preview in the site's theme")).getAttribute("href"));
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("Harbour lights switched on");
        assertThat(driver.findElement(By.cssSelector("article strong")).getText()).isEqualTo("lights");
        assertThat(driver.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content")).contains("noindex");

        driver.get(editorUrl);
        browser.script("document.getElementById('publishAt').value = '2099-01-01T09:00';");
        driver.findElement(By.cssSelector("button[name=action][value=schedule]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "scheduled"));
        String editorPathOnly = URI.create(editorUrl).getPath();
        long articleId = Long.parseLong(editorPathOnly.substring(editorPathOnly.lastIndexOf('/') + 1));
        assertThat(site.app().articles().find(articleId).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);

        driver.get(editorUrl);
        browser.script("document.getElementById('publishAt').value = '';");
        driver.findElement(By.cssSelector("button[name=action][value=publish]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("View on the site")));
        driver.get(driver.findElement(By.linkText("View on the site")).getAttribute("href"));

        assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("Harbour lights switched on");
        assertThat(driver.findElement(By.cssSelector("article blockquote")).getText()).contains("Crowds cheered.");
        WebElement image = driver.findElement(By.cssSelector("article img[alt='Strings of lights along the quay']"));
        assertThat(image.getAttribute("width")).isEqualTo("480");
        assertThat(image.getAttribute("srcset")).contains("320w");
        assertThat(driver.findElements(By.cssSelector("meta[name=robots]")))
                .noneMatch(meta -> meta.getAttribute("content").contains("noindex"));

        String editorPath = URI.create(editorUrl).getRawPath();
        for (String page : List.of("/admin/", "/admin/articles", editorPath + "/revisions", editorPath)) {
            browser.open(site.url(page), 768, 900);
            assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core) on " + page + " at 768 px")
                    .isEmpty();
        }
    }
}
