package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import press.masthead.accounts.Account;
import press.masthead.accounts.Role;
import press.masthead.content.Category;
import press.masthead.content.CorrectionKind;
import press.masthead.content.PageDraft;
import press.masthead.content.Tag;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Drafts;
import press.masthead.testing.HeadlessBrowser;
import press.masthead.testing.TestSite;

/**
 * The site admin's pages in a real headless Chromium, logged in as an admin, at a laptop's and a tablet's width:
 * each passes axe-core's WCAG 2.2 AA rules, needs no horizontal scrolling and loads nothing from another host; a
 * refused form keeps its messages beside the fields for assistive technology too. On SQLite only: it tests the
 * pages in a browser, not storage.
 */
class SiteAdminBrowserTest {
    static TestSite site;
    static HeadlessBrowser browser;
    static Account admin;
    static long pageId;
    static long tagId;
    static long categoryId;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            long author = app.authors().create("Ada Reporter", "Covers the harbour.", "", List.of()).id();
            Category news = app.taxonomies().createCategory("News", "news", "", null);
            categoryId = app.taxonomies().createCategory("Transport", "transport", "", news.id()).id();
            Tag tag = app.taxonomies().createTag("Harbour", "harbour", "");
            tagId = tag.id();
            long article = app.articles().create(Drafts.article("Ferry pier reopens").slug("ferry-pier").by(author)
                    .in(categoryId).tagged(tag.id()).build()).id();
            app.corrections().add(article, CorrectionKind.CORRECTION, "The pier is 80 m long.");
            pageId = app.pages().create(new PageDraft("About us", "", "We report.", true, "",
                    "", "", false, null)).id();
        });
        admin = site.app().accounts().create("chief@example.org", "Chief Admin", Role.ADMIN, AdminClient.PASSWORD);
        browser = HeadlessBrowser.start();
        browser.open(site.url("/admin/login"), 1280, 900);
        browser.driver().findElement(By.id("email")).sendKeys("chief@example.org");
        browser.driver().findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"pages, 1280", "pages, 768", "page, 768", "new-page, 768", "taxonomies, 1280", "taxonomies, 768",
            "tag, 768", "category, 768", "users, 1280", "users, 768", "user, 768", "authors, 768", "author, 768",
            "settings, 1280", "settings, 768", "corrections, 1280", "corrections, 768", "audit, 1280", "audit, 768"})
    void each_page_is_accessible_fits_the_width_and_loads_only_from_this_host(String kind, int width) {
        String path = switch (kind) {
            case "pages" -> "/admin/pages";
            case "page" -> "/admin/pages/" + pageId;
            case "new-page" -> "/admin/pages/new";
            case "taxonomies" -> "/admin/taxonomies";
            case "tag" -> "/admin/taxonomies/tags/" + tagId;
            case "category" -> "/admin/taxonomies/categories/" + categoryId;
            case "users" -> "/admin/users";
            case "user" -> "/admin/users/" + admin.id();
            case "authors" -> "/admin/authors";
            case "author" -> "/admin/authors/" + admin.authorId();
            case "settings" -> "/admin/settings";
            case "corrections" -> "/admin/corrections";
            default -> "/admin/audit";
        };
        browser.open(site.url(path), width, 900);

        assertThat(browser.driver().findElement(By.cssSelector("h1")).isDisplayed()).isTrue();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.url(path));
        assertThat(browser.requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(site.url("/")));
        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth;");
        long clientWidth = (Long) browser.script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(clientWidth);
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
        browser.screenshot("admin-" + kind + "-" + width);
    }

    @Test
    void a_refused_settings_form_points_each_field_at_its_message() {
        browser.open(site.url("/admin/settings"), 1280, 900);
        browser.driver().findElement(By.id("title")).clear();
        browser.driver().findElement(By.id("timeZone")).clear();
        browser.driver().findElement(By.id("timeZone")).sendKeys("Mars/Olympus");
        browser.driver().findElement(By.cssSelector("form[action='/admin/settings'] button[type=submit]")).click();
        // The click may return before the answer to the form has replaced the page.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timeZone-error")));

        assertThat(browser.driver().findElement(By.id("timeZone-error")).getText()).startsWith("'Mars/Olympus'");
        assertThat(browser.driver().findElement(By.id("timeZone")).getAttribute("aria-describedby"))
                .isEqualTo("timeZone-error");
        assertThat(browser.driver().findElement(By.id("title-error")).getText()).isEqualTo("is required");
        assertThat(browser.accessibilityViolations()).as("WCAG 2.2 AA (axe-core)").isEmpty();
    }
}
