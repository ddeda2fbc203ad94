package press.masthead.admin.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.masthead.accounts.Role;
import press.masthead.media.MediaDetails;
import press.masthead.media.TestMedia;
import press.masthead.testing.AdminClient;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

/**
 * The media picker and the library's upload form in Chromium, logged in as an author: the picker opens from any
 * element marked data-media-picker, is driven from the keyboard, asks for alt text and tells the opener what was
 * picked. On SQLite only: it tests the picker in a browser; MediaAdminTest runs the library on both databases.
 */
class MediaPickerBrowserTest {
    private static final String EMAIL = "author@example.org";
    /** A button the article editor would have, and a listener that keeps what the picker reports. */
    private static final String OPENER = """
            const button = document.createElement('button');
            button.type = 'button';
            button.id = 'opener';
            button.textContent = 'Insert image';
            button.setAttribute('data-media-picker', '');
            button.addEventListener('media-picked', event => { window.picked = event.detail; });
            document.querySelector('main').prepend(button);
            """;

    private static TestSite site;
    private static HeadlessBrowser browser;
    private static Path files;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            long author = app.accounts().create(EMAIL, "Ada Author", Role.AUTHOR, AdminClient.PASSWORD).id();
            app.mediaUploads().upload("quay.jpg", new ByteArrayInputStream(TestMedia.jpeg(800, 400)),
                    new MediaDetails("", "Boats at the quay", "The quay at dawn"), author,
                    press.masthead.media.MediaUploads.AltText.REQUIRED_FOR_IMAGES);
        });
        files = TempDirs.create("picker-files-");
        browser = HeadlessBrowser.start();
        browser.open(site.url("/admin/login"), 1280, 900);
        browser.driver().findElement(By.id("email")).sendKeys(EMAIL);
        browser.driver().findElement(By.id("password")).sendKeys(AdminClient.PASSWORD, Keys.ENTER);
        waitFor().until(ExpectedConditions.urlToBe(site.url("/admin/")));
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            TempDirs.delete(files);
            site.close();
        }
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static WebElement visible(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void pickingFromTheLibraryAsksForAltTextAndTellsTheOpener() {
        browser.open(site.url("/admin/media"), 1280, 900);
        browser.script(OPENER);
        browser.driver().findElement(By.id("opener")).click();

        WebElement search = visible("dialog.media-picker[open] #mp-q");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(search);
        search.sendKeys("quay", Keys.ENTER);
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".mp-status"), "1 file matches “quay”, page 1 of 1."));
        visible(".mp-item").sendKeys(Keys.ENTER);
        WebElement alt = visible("#mp-describe-alt");
        assertThat(alt.getAttribute("value")).isEqualTo("Boats at the quay");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("media-picker-describe");

        alt.clear();
        alt.sendKeys(Keys.ENTER);
        assertThat(visible("#mp-describe-alt-error").getText()).contains("Describe the picture");
        assertThat(browser.script("return window.picked === undefined;")).isEqualTo(true);

        browser.driver().findElement(By.id("mp-describe-alt")).sendKeys("Two boats tied up at the quay", Keys.ENTER);

        @SuppressWarnings("unchecked")
        Map<String, Object> picked = (Map<String, Object>) browser.script("return window.picked;");
        assertThat(picked).containsEntry("alt", "Two boats tied up at the quay")
                .containsEntry("caption", "The quay at dawn").containsEntry("width", 800L).containsEntry("height", 400L);
        assertThat((String) picked.get("url")).endsWith("/quay.jpg");
        assertThat(browser.script("return document.querySelector('dialog.media-picker').open;")).isEqualTo(false);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("opener");
    }

    @Test
    void uploadingInThePickerUsesTheNewFileWithItsAltText() throws Exception {
        Path png = Files.write(files.resolve("chart.png"), TestMedia.png(300, 200));
        browser.open(site.url("/admin/media"), 1280, 900);
        browser.script(OPENER);
        browser.driver().findElement(By.id("opener")).click();

        visible(".mp-upload summary").click();
        browser.screenshot("media-picker-upload");
        visible("#mp-file").sendKeys(png.toString());
        browser.driver().findElement(By.id("mp-upload-alt")).sendKeys("Fares by year, rising");
        browser.driver().findElement(By.cssSelector(".mp-upload-form button[type=submit]")).click();

        waitFor().until(driver -> browser.script("return window.picked !== undefined;").equals(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> picked = (Map<String, Object>) browser.script("return window.picked;");
        assertThat(picked).containsEntry("alt", "Fares by year, rising").containsEntry("width", 300L);
        long id = (Long) picked.get("id");
        assertThat(site.app().mediaUploads().find(id)).hasValueSatisfying(item -> {
            assertThat(item.alt()).isEqualTo("Fares by year, rising");
            assertThat(item.uploadedBy()).isEqualTo(site.app().accounts().findByEmail(EMAIL).orElseThrow().id());
        });
    }

    @Test
    void theLibrarysUploadFormSendsTheFileWithScriptsAndOpensItsPage() throws Exception {
        Path gif = Files.write(files.resolve("map.gif"), TestMedia.picture("gif", 120, 90));
        browser.open(site.url("/admin/media"), 1280, 900);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshot("media-library");

        browser.driver().findElement(By.id("file")).sendKeys(gif.toString());
        browser.driver().findElement(By.id("alt")).sendKeys("A map of the tram lines");
        browser.driver().findElement(By.cssSelector("form[data-media-upload] button[type=submit]")).click();

        waitFor().until(ExpectedConditions.urlMatches("/admin/media/\\d+\\?saved=uploaded$"));
        assertThat(browser.driver().findElement(By.id("alt")).getAttribute("value")).isEqualTo("A map of the tram lines");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
