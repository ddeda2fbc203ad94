package press.masthead.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class AuditLogPageTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient admin;
    private static AdminClient editor;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
        admin = AdminClient.as(site, Role.ADMIN);
        editor = AdminClient.as(site, Role.EDITOR);
        // Logged after both logins, so the newest page holds these alone.
        for (int i = 1; i <= 60; i++) {
            site.app().auditLog().record(null, "test.entry", "entry " + i, "", "127.0.0.1");
        }
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void the_api_pages_the_log_newest_first() {
        JsonNode first = Json.of(admin.get("/api/v1/admin/audit"));
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("entries")).hasSize(AuditPages.PAGE_SIZE);
        assertThat(first.at("/entries/0/subject").asText()).isEqualTo("entry 60");

        JsonNode second = Json.of(admin.get("/api/v1/admin/audit?page=2"));
        int total = second.get("total").asInt();
        assertThat(second.get("entries")).hasSize(total - AuditPages.PAGE_SIZE);
        assertThat(second.findValuesAsText("action")).contains("login");
        assertThat(admin.get("/api/v1/admin/audit?page=3").statusCode()).isEqualTo(404);
        assertThat(Json.of(admin.get("/api/v1/admin/audit?page=x")).at("/error/field").asText()).isEqualTo("page");
    }

    @Test
    void the_page_shows_a_table_with_a_link_to_older_entries() {
        Document page = admin.page("/admin/audit");

        assertThat(page.select("tbody tr")).hasSize(AuditPages.PAGE_SIZE);
        assertThat(page.select("tbody tr").first().text()).contains("test.entry").contains("entry 60");
        assertThat(page.select("nav.pager a").attr("href")).isEqualTo("/admin/audit?page=2");
        assertThat(admin.page("/admin/audit?page=2").text()).contains("login").contains("Test admin");
    }

    @Test
    void an_editor_may_not_read_the_log() {
        HttpResponse<String> refused = editor.get("/api/v1/admin/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/audit").statusCode()).isEqualTo(403);
    }
}
