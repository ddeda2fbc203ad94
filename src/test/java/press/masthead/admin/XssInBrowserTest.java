package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.testing.Drafts;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TestSite;

/**
 * An article made of filter-evasion vectors, opened in a real browser that records any dialog a script opens, any
 * call to {@code xss()}, any script the Content-Security-Policy had to block, and every request the page made.
 * Nothing may run, nothing may be blocked (the sanitizer, not the policy, must have removed it), nothing may leave
 * the site.
 */
class XssInBrowserTest {
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
    private static Article article;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            long author = app.authors().create("Contributor", "", "", List.of()).id();
            article = app.articles().create(Drafts.article("Every vector at once").by(author)
                    .body(vectors()).status(ArticleStatus.PUBLISHED).build());
        });
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
        String path = site.app().renderer().permalinks().article(article);

        browser.open(site.url(path), 1280, 900);
        browser.script(PROVOKE);

        assertThat(browser.script("return window.__xss;")).asList().isEmpty();
        assertThat(browser.script(DANGEROUS_MARKUP)).asList().isEmpty();
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(site.url("/")));
    }

    @Test
    void the_trap_and_the_markup_check_notice_what_they_look_for() {
        browser.open(site.url(site.app().renderer().permalinks().article(article)), 1280, 900);

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
