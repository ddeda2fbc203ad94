package press.masthead.admin.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class PageAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient editor;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
        editor = AdminClient.as(site, Role.EDITOR);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void a_page_made_through_the_api_is_on_the_public_site_and_its_old_address_follows_a_new_slug() {
        HttpResponse<String> created = editor.json("POST", "/api/v1/admin/pages", Json.object(
                "title", "Contact the newsroom", "slug", "contact", "body", "Write to **desk@example.org**.",
                "published", true, "seoDescription", "How to reach us"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode page = Json.of(created);
        assertThat(page.get("url").asText()).endsWith("/contact/");
        assertThat(site.page("/contact/").select("strong").text()).isEqualTo("desk@example.org");

        HttpResponse<String> renamed = editor.json("PUT", "/api/v1/admin/pages/" + page.get("id").asLong(),
                Json.object("title", "Contact us", "slug", "reach-us", "body", "Write to us.", "published", true));

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Json.of(renamed).get("title").asText()).isEqualTo("Contact us");
        assertThat(site.page("/reach-us/").text()).contains("Write to us.");
        HttpResponse<String> old = site.get("/contact/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/reach-us/"));
    }

    @Test
    void the_api_lists_reads_and_deletes_pages_and_the_deletion_is_audited() {
        long id = Json.of(editor.json("POST", "/api/v1/admin/pages",
                Json.object("title", "Short lived", "published", true))).get("id").asLong();
        assertThat(Json.of(editor.get("/api/v1/admin/pages")).get("pages").findValuesAsText("title"))
                .contains("Short lived");
        assertThat(Json.of(editor.get("/api/v1/admin/pages/" + id)).get("slug").asText()).isEqualTo("short-lived");

        assertThat(editor.json("DELETE", "/api/v1/admin/pages/" + id, null).statusCode()).isEqualTo(204);

        assertThat(site.get("/short-lived/").statusCode()).isEqualTo(404);
        assertThat(editor.get("/api/v1/admin/pages/" + id).statusCode()).isEqualTo(404);
        assertThat(site.app().auditLog().recent(0, 50)).extracting(AuditEntry::action, AuditEntry::subject)
                .contains(tuple("page.deleted", "Short lived (/short-lived/)"));
    }

    @Test
    void the_api_names_the_field_at_fault_and_a_taken_slug_is_a_conflict() {
        HttpResponse<String> untitled = editor.json("POST", "/api/v1/admin/pages", Json.object("title", " "));
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(Json.of(untitled).at("/error/field").asText()).isEqualTo("title");
        assertThat(Json.of(untitled).at("/error/message").asText()).isEqualTo("is required");

        editor.json("POST", "/api/v1/admin/pages", Json.object("title", "Masthead", "slug", "masthead-team"));
        HttpResponse<String> taken = editor.json("POST", "/api/v1/admin/pages",
                Json.object("title", "Other", "slug", "masthead-team"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(Json.of(taken).at("/error/field").asText()).isEqualTo("slug");
    }

    @Test
    void the_form_keeps_what_was_typed_and_puts_the_message_beside_the_field() {
        HttpResponse<String> refused = editor.postForm("/admin/pages/new",
                Map.of("title", "", "body", "A body worth keeping", "language", "not a language"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#title-error").text()).isEqualTo("is required");
        assertThat(form.select("#title").attr("aria-describedby")).isEqualTo("title-error");
        assertThat(form.select("#body").text()).isEqualTo("A body worth keeping");
    }

    @Test
    void the_form_creates_edits_and_deletes_a_page() {
        HttpResponse<String> created = editor.postForm("/admin/pages/new",
                Map.of("title", "Ethics code", "body", "We correct mistakes.", "published", "on"));
        assertThat(created.statusCode()).isEqualTo(303);
        String edit = created.headers().firstValue("Location").orElseThrow().replace("?saved", "");
        assertThat(editor.page("/admin/pages").select("a[href=" + edit + "]").text()).isEqualTo("Ethics code");
        assertThat(editor.page(edit).select("#body").text()).isEqualTo("We correct mistakes.");

        editor.postForm(edit, Map.of("title", "Ethics code", "slug", "ethics", "body", "We correct mistakes.",
                "published", "on", "noindex", "on"));
        assertThat(site.page("/ethics/").select("meta[name=robots]").attr("content")).contains("noindex");

        HttpResponse<String> deleted = editor.postForm(edit + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(site.get("/ethics/").statusCode()).isEqualTo(404);
        String list = deleted.headers().firstValue("Location").orElseThrow();
        assertThat(editor.page(list).select(".notice").text()).isEqualTo("The page is deleted.");
        assertThat(editor.page(list).select("td").text()).doesNotContain("Ethics code");
    }
}
