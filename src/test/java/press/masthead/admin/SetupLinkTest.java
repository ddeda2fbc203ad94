package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestClock;
import press.masthead.testing.TestSite;

/** The first admin's setup link, each case on a new site: the link exists only while the site has no admin. */
@OnBothDatabases
class SetupLinkTest {
    @Parameter
    Backend backend;

    private static Map<String, String> firstAdmin(String token) {
        return Map.of("token", token, "name", "First Admin", "email", "first@example.org",
                "password", "the first admin's password");
    }

    @Test
    void the_setup_link_creates_the_first_admin_once_and_then_works_no_more() {
        try (TestSite site = TestSite.start(backend)) {
            String token = site.app().setupLinks().issueIfNoAdmin().orElseThrow();
            AdminClient browser = AdminClient.anonymous(site);

            assertThat(browser.get("/admin/setup?token=" + token).statusCode()).isEqualTo(200);
            HttpResponse<String> created = browser.postForm("/admin/setup", firstAdmin(token));
            HttpResponse<String> again = browser.get("/admin/setup?token=" + token);

            assertThat(created.statusCode()).isEqualTo(303);
            assertThat(site.app().accounts().findByEmail("first@example.org").orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(again.statusCode()).isEqualTo(404);
            assertThat(site.app().setupLinks().issueIfNoAdmin()).isEmpty();
        }
    }

    @Test
    void a_mistake_in_the_form_keeps_the_link_usable_and_says_what_to_fix() {
        try (TestSite site = TestSite.start(backend)) {
            String token = site.app().setupLinks().issueIfNoAdmin().orElseThrow();
            AdminClient browser = AdminClient.anonymous(site);

            HttpResponse<String> refused = browser.postForm("/admin/setup", Map.of("token", token, "name", "Admin",
                    "email", "not an email", "password", "the first admin's password"));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("#email-error").text()).contains("is not an email address");
            assertThat(Jsoup.parse(refused.body()).select("input[name=name]").attr("value")).isEqualTo("Admin");
            assertThat(browser.postForm("/admin/setup", firstAdmin(token)).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void the_setup_link_expires_after_a_day() {
        TestClock clock = TestClock.atNow();
        try (TestSite site = TestSite.start(backend, clock, app -> { }, settings -> { })) {
            String token = site.app().setupLinks().issueIfNoAdmin().orElseThrow();
            clock.advance(Duration.ofHours(24).plusMinutes(1));

            HttpResponse<String> expired = AdminClient.anonymous(site).postForm("/admin/setup", firstAdmin(token));

            assertThat(expired.statusCode()).isEqualTo(404);
            assertThat(expired.body()).contains("expired");
            assertThat(site.app().accounts().all()).isEmpty();
        }
    }
}
