package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import press.masthead.demo.DemoContent;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TestSite;

/**
 * The demo site in a real headless Chromium at phone and desktop widths: it lays out without horizontal
 * scrolling, loads nothing from another host, passes axe-core's WCAG 2.2 AA rules, and leaves screenshots in
 * target/screenshots to look at.
 */
class BrowserTest {
    static TestSite site;
    static HeadlessBrowser browser;
    static String articlePath;
    static String rightToLeftPath;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> new DemoContent(app).fillIfEmpty());
        browser = HeadlessBrowser.start();
        var home = site.page("/");
        articlePath = home.select("main article h2 a, main article h3 a").eachAttr("href").stream()
                .filter(href -> !href.contains("%"))
                .findFirst().orElseThrow();
        rightToLeftPath = home.select("main article[dir=rtl] h2 a, main article[dir=rtl] h3 a").attr("href");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        site.close();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"home, 390", "home, 1280", "article, 390", "article, 1280", "rtl, 390", "rtl, 1280",
            "archive, 390", "archive, 1280", "not-found, 390"})
    void pageRendersWithinTheViewportAndLoadsOnlyFromThisHost(String kind, int width) throws Exception {
        String path = switch (kind) {
            case "home" -> "/";
            case "article" -> articlePath;
            case "archive" -> "/category/news/";
            case "not-found" -> "/no-such-page/";
            default -> rightToLeftPath;
        };
        browser.open(site.url(path), width, 900);

        List<String> requested = browser.requestedUrls();
        assertThat(requested).isNotEmpty();
        for (String url : requested) {
            assertThat(URI.create(url).getHost()).as(url).isEqualTo("127.0.0.1");
        }
        assertThat(requested).anySatisfy(url -> assertThat(url).endsWith("/assets/masthead.css"));

        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(clientWidth);

        WebElement headline = browser.driver().findElement(By.cssSelector("h1"));
        assertThat(headline.isDisplayed()).isTrue();
        Boolean imagesLoaded = (Boolean) browser.script(
                "return [...document.images].filter(i => i.loading !== 'lazy').every(i => i.complete && i.naturalWidth > 0);");
        assertThat(imagesLoaded).as("eager images decoded").isTrue();
        if ("rtl".equals(kind)) {
            assertThat(browser.script("return getComputedStyle(document.querySelector('main h1')).direction;"))
                    .isEqualTo("rtl");
        }
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
        assertThat(Files.size(browser.screenshot(kind + "-" + width))).isGreaterThan(10_000);
    }

    @ParameterizedTest(name = "skip link at {0}px")
    @CsvSource({"390", "1280"})
    void skipLinkIsTheFirstFocusableElementAndBecomesVisible(int width) {
        browser.open(site.url("/"), width, 900);
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getWidth()).isGreaterThan(10);
    }
}
