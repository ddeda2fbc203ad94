package press.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a fresh profile and no background traffic. Set
 * {@code masthead.chromium} and {@code masthead.chromedriver} to use binaries elsewhere than {@code /usr/bin}.
 */
public final class HeadlessBrowser implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static HeadlessBrowser start() {
        String chromium = System.getProperty("masthead.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("masthead.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver packages ("
                    + chromium + ", " + chromedriver + "): apt-get install chromium chromium-driver");
        }
        Path profile = TempDirs.create("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessBrowser(driver, profile);
    }

    /** Opens a URL in a window of the given CSS size and waits for the page to load. */
    public void open(String url, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(url);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Every URL the current page loaded: the document and each resource (styles, scripts, images, fonts). */
    @SuppressWarnings("unchecked")
    public List<String> requestedUrls() {
        List<String> resources = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
        return resources;
    }

    /**
     * Runs axe-core's WCAG 2.2 A and AA rules on the current page and returns each violation as
     * "rule: selector, selector...". The library comes from npm ({@code package.json}); Maven installs it.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        Path axe = Path.of(System.getProperty("masthead.axe", "node_modules/axe-core/axe.min.js"));
        try {
            ((JavascriptExecutor) driver).executeScript(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing at " + axe + ": run npm ci", e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + "  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(result => done(result.violations.map(v =>"
                + "  v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(error => done(['axe failed: ' + error]));");
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Saves a full-page screenshot under the build directory and returns where. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("masthead.target", "target"), "screenshots");
            Files.createDirectories(dir);
            Long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 200, 8000)));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TempDirs.delete(profile);
        }
    }
}
