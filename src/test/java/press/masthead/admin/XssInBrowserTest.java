package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TestSite;

/**
 * A contributor's article made of filter-evasion vectors, opened in a real browser, published and in the admin
 * preview, that records any dialog a script opens, any
 * call to {@code xss()}, any script the Content-Security-Policy had to block, and every request the page made.
 * Nothing may run, nothing may be blocked (the sanitizer, not the policy, must have removed it), nothing may leave
 * the site. On SQLite only: it tests what the browser runs, not storage.
 */
class XssInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRAP = """
            window.__xss = [];
            for (const name of ['alert', 'confirm', 'prompt', 'print']) {
              window[name] = function () { window.__xss.push(name); };
            }
            window.xss = function () { window.__xss.push('xss'); };
            document.addEventListener('securitypolicyviolation',
              e => window.__xss.push('blocked by policy: ' + e.violatedDirective + ' ' + e.blockedURI));
            """;
    /** Fires what hover, focus and media failures would, so that handlers waiting for them get their chance. */
    private static final String PROVOKE = """
            for (const el of document.querySelectorAll('article *')) {
              for (const type of ['mouseover', 'mouseenter', 'focus', 'error', 'load', 'toggle', 'animationstart']) {
                el.dispatchEvent(new Event(type));
              }
            }
            """;
    /** What a sanitized body can never contain, whatever the vector tried. */
    private static final String DANGEROUS_MARKUP = """
            const found = [];
            const body = document.querySelector('article');
            for (const el of body.querySelectorAll('*')) {
              if (['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT',
                   'STYLE', 'LINK', 'META', 'BASE', 'svg', 'math'].includes(el.tagName)) {
                found.push('<' + el.tagName + '>');
              }
              for (const attr of el.attributes) {
                const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (attr.name.startsWith('on') || attr.name === 'style' || attr.name === 'formaction'
                    || value.startsWith('javascript:') || value.startsWith('data:text')
                    || value.startsWith('vbscript:')) {
                  found.push(el.tagName + ' ' + attr.name + '=' + attr.value);
                }
              }
            }
            return found;
            """;

    private static TestSite site;
    private static HeadlessBrowser browser;
    private static long articleId;
    private static String publicPath;

    /**
     * A contributor writes the article through the Admin API, the way the editor does, so it is saved with a
     * contributor's trust; an editor then publishes it without touching the body.
     */
    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        AdminClient contributor = AdminClient.as(site, Role.CONTRIBUTOR);
        HttpResponse<String> created = contributor.json("POST", "/api/v1/admin/articles",
                "{\"headline\": \"Every vector at once\", \"body\": " + JSON.writeValueAsString(vectors()) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        articleId = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> published = AdminClient.as(site, Role.EDITOR)
                .json("POST", "/api/v1/admin/articles/" + articleId + "/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        publicPath = java.net.URI.create(JSON.readTree(published.body()).get("url").asText()).getRawPath();
        browser = HeadlessBrowser.start();
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            site.close();
        }
    }

    @Test
    void no_vector_runs_script_or_loads_anything_from_elsewhere_on_the_public_page() {
        browser.open(site.url(publicPath), 1280, 900);
        browser.script(PROVOKE);

        assertThat(browser.script("return window.__xss;")).asList().isEmpty();
        assertThat(browser.script(DANGEROUS_MARKUP)).asList().isEmpty();
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(site.url("/")));
    }

    @Test
    void no_vector_runs_script_in_the_admin_preview() {
        browser.open(site.url("/admin/login"), 1280, 900);
        browser.driver().findElement(By.id("email")).sendKeys("contributor@example.org");
        browser.driver().findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        browser.driver().findElement(By.cssSelector("form[action='/admin/login'] button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(site.url("/admin/")));
        browser.open(site.url("/admin/articles/" + articleId + "/preview"), 1280, 900);
        browser.script(PROVOKE);

        assertThat(browser.driver().getPageSource()).contains("Every vector at once");
        assertThat(browser.script("return window.__xss;")).asList().isEmpty();
        assertThat(browser.script(DANGEROUS_MARKUP)).asList().isEmpty();
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(site.url("/")));
    }

    @Test
    void the_trap_and_the_markup_check_notice_what_they_look_for() {
        browser.open(site.url(publicPath), 1280, 900);

        browser.script("alert('seen'); const img = document.createElement('img');"
                + " img.setAttribute('onerror', 'xss()'); document.querySelector('article').append(img);");

        assertThat(browser.script("return window.__xss;")).asList().contains("alert");
        assertThat(browser.script(DANGEROUS_MARKUP)).asList().containsExactly("IMG onerror=xss()");
    }

    static String vectors() {
        try (InputStream in = XssInBrowserTest.class.getResourceAsStream("/press/masthead/xss/filter-evasion.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .collect(Collectors.joining("\n\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
