package press.masthead.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.content.SiteSettings;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class SettingsAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient admin;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> app.articles().create(Drafts.article("Opening day")
                .by(app.authors().create("Ada Reporter", "", "", List.of()).id()).build()));
        admin = AdminClient.as(site, Role.ADMIN);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    /** Every field of the form as the settings page fills it, with some replaced. */
    private static Map<String, String> form(Map<String, String> changes) {
        Document page = admin.page("/admin/settings");
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form[action=/admin/settings] input[name]").forEach(input -> {
            if (!"checkbox".equals(input.attr("type")) || input.hasAttr("checked")) {
                fields.put(input.attr("name"), "checkbox".equals(input.attr("type")) ? "on" : input.val());
            }
        });
        fields.remove("_csrf");
        fields.putAll(changes);
        return fields;
    }

    @Test
    void a_saved_title_shows_on_the_public_site_at_once_and_is_audited() {
        site.page("/");
        site.page("/");

        HttpResponse<String> saved = admin.postForm("/admin/settings", form(Map.of("title", "The Harbour Ledger")));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(site.page("/").title()).startsWith("The Harbour Ledger");
        assertThat(admin.page("/admin/settings?saved").select(".notice").text()).contains("Saved");
        assertThat(site.app().auditLog().recent(0, 50)).filteredOn(e -> e.action().equals("settings.changed"))
                .extracting(AuditEntry::subject).contains("title");
    }

    @Test
    void every_field_at_fault_gets_its_message_beside_it_and_nothing_is_saved() {
        SiteSettings before = site.app().siteSettings().load();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("title", " ");
        bad.put("baseUrl", "https://news.example.com/blog/");
        bad.put("language", "english!");
        bad.put("timeZone", "Mars/Olympus");
        bad.put("dateFormat", "HH:mm");
        bad.put("articlesPerPage", "0");
        bad.put("articleUrlPattern", "/{title}/");
        bad.put("titlePattern", "Just the site");
        bad.put("socialNetwork0", "");
        bad.put("socialUrl0", "https://social.example/@ledger");

        HttpResponse<String> refused = admin.postForm("/admin/settings", form(bad));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#title-error").text()).isEqualTo("is required");
        assertThat(page.select("#baseUrl-error").text()).contains("has the path /blog/");
        assertThat(page.select("#language-error").text()).isEqualTo("'english!' is not a language tag such as en, fa or pt-BR");
        assertThat(page.select("#timeZone-error").text()).startsWith("'Mars/Olympus' is not a time zone");
        assertThat(page.select("#dateFormat-error").text()).startsWith("'HH:mm' is not a date pattern");
        assertThat(page.select("#articlesPerPage-error").text()).isEqualTo("'0' is not a whole number from 1 to 100");
        assertThat(page.select("#articleUrlPattern-error").text()).contains("{title}");
        assertThat(page.select("#titlePattern-error").text()).startsWith("must contain {title}");
        assertThat(page.select("#socialProfiles-error").text()).contains("needs the network's name");
        assertThat(page.select("#timeZone").val()).isEqualTo("Mars/Olympus");
        assertThat(page.select("#socialUrl0").val()).isEqualTo("https://social.example/@ledger");
        assertThat(page.select("[aria-invalid=true]")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(site.app().siteSettings().load()).isEqualTo(before);
    }

    @Test
    void the_api_reads_all_fields_and_a_partial_put_keeps_the_others() {
        JsonNode current = Json.of(admin.get("/api/v1/admin/settings"));
        assertThat(current.get("timeZone").isTextual()).isTrue();
        assertThat(current.get("articlesPerPage").isInt()).isTrue();

        HttpResponse<String> saved = admin.json("PUT", "/api/v1/admin/settings", Json.object(
                "tagline", "News from the quay", "timeZone", "Europe/Lisbon",
                "socialProfiles", List.of(Map.of("network", "Mastodon", "url", "https://social.example/@ledger"))));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        SiteSettings stored = site.app().siteSettings().load();
        assertThat(stored.tagline()).isEqualTo("News from the quay");
        assertThat(stored.timeZone().getId()).isEqualTo("Europe/Lisbon");
        assertThat(stored.title()).isEqualTo(current.get("title").asText());
        assertThat(site.page("/").select("footer a[href=https://social.example/@ledger]")).isNotEmpty();
    }

    @Test
    void the_api_names_the_first_field_at_fault() {
        HttpResponse<String> refused = admin.json("PUT", "/api/v1/admin/settings",
                Json.object("timeZone", "Nowhere/Special", "articlesPerPage", 500));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = Json.of(refused).get("error");
        assertThat(error.get("field").asText()).isEqualTo("timeZone");
        assertThat(error.get("message").asText()).contains("not a time zone").contains("1 more: articlesPerPage");
    }

    @Test
    void discouraging_indexing_changes_robots_txt_at_once() {
        assertThat(site.get("/robots.txt").body()).doesNotContain("Disallow: /\n");

        admin.json("PUT", "/api/v1/admin/settings", Json.object("discourageIndexing", true));
        String robots = site.get("/robots.txt").body();
        admin.json("PUT", "/api/v1/admin/settings", Json.object("discourageIndexing", false));

        assertThat(robots).contains("Disallow: /\n");
    }
}
