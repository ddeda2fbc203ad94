package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import press.masthead.demo.DemoContent;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TestSite;

/**
 * The search page of the demo site in headless Chromium: it fits phone and desktop widths, passes axe-core's
 * WCAG 2.2 AA rules, and the header's search box works with the keyboard alone.
 */
class SearchBrowserTest {
    static TestSite site;
    static HeadlessBrowser browser;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> new DemoContent(app).fillIfEmpty());
        browser = HeadlessBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        site.close();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"results, 390", "results, 1280", "form, 390", "none, 1280"})
    void searchPageFitsTheScreenAndPassesTheAccessibilityRules(String kind, int width) throws Exception {
        String path = switch (kind) {
            case "results" -> "/search?q=harbour";
            case "form" -> "/search";
            default -> "/search?q=xylophone";
        };
        browser.open(site.url(path), width, 900);

        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(clientWidth);
        if ("results".equals(kind)) {
            assertThat(browser.driver().findElements(By.cssSelector("main .card__snippet mark")))
                    .isNotEmpty().allMatch(mark -> mark.isDisplayed());
        }
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
        assertThat(Files.size(browser.screenshot("search-" + kind + "-" + width))).isGreaterThan(10_000);
    }

    @Test
    void typingIntoTheHeaderSearchBoxAndPressingEnterShowsResults() {
        browser.open(site.url("/"), 1280, 900);
        browser.driver().findElement(By.id("site-search-q")).sendKeys("harbour", Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/search?q=harbour");
        assertThat(browser.driver().findElements(By.cssSelector("main article"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("harbour");
    }
}
