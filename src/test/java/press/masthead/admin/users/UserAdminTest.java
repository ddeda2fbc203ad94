package press.masthead.admin.users;

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
import press.masthead.accounts.Account;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.content.Author;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class UserAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient admin;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
        admin = AdminClient.as(site, Role.ADMIN);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static long create(String email, String role) {
        HttpResponse<String> created = admin.json("POST", "/api/v1/admin/users", Json.object(
                "email", email, "name", "Person " + email, "role", role, "password", AdminClient.PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.of(created).get("id").asLong();
    }

    @Test
    void an_admin_creates_an_account_that_can_log_in_and_the_list_shows_it_without_secrets() {
        create("new.reporter@example.org", "author");

        AdminClient reporter = AdminClient.as(site, Role.AUTHOR, "new.reporter@example.org", "ignored");

        assertThat(Json.of(reporter.get("/api/v1/admin/me")).get("role").asText()).isEqualTo("author");
        HttpResponse<String> list = admin.get("/api/v1/admin/users");
        assertThat(Json.of(list).get("users").findValuesAsText("email")).contains("new.reporter@example.org");
        assertThat(list.body()).doesNotContain("passwordHash").doesNotContain("totpSecret").doesNotContain("argon2");
    }

    @Test
    void a_role_change_is_audited_and_takes_effect_at_once() {
        long id = create("promoted@example.org", "author");
        AdminClient promoted = AdminClient.as(site, Role.AUTHOR, "promoted@example.org", "ignored");
        assertThat(promoted.get("/api/v1/admin/pages").statusCode()).isEqualTo(403);

        HttpResponse<String> changed = admin.json("PUT", "/api/v1/admin/users/" + id,
                Json.object("name", "Promoted Person", "role", "editor"));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(promoted.get("/api/v1/admin/pages").statusCode()).isEqualTo(200);
        assertThat(site.app().auditLog().recent(0, 100))
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                .contains(tuple("account.role_changed", "promoted@example.org", "author → editor"));
    }

    @Test
    void the_last_admin_keeps_the_role_and_nobody_deletes_their_own_account() {
        long me = admin.account("admin@example.org").id();

        HttpResponse<String> demoted = admin.json("PUT", "/api/v1/admin/users/" + me,
                Json.object("name", "Test admin", "role", "editor"));
        assertThat(demoted.statusCode()).isEqualTo(400);
        assertThat(Json.of(demoted).at("/error/field").asText()).isEqualTo("role");
        assertThat(Json.of(demoted).at("/error/message").asText()).contains("only admin");

        HttpResponse<String> deleted = admin.json("DELETE", "/api/v1/admin/users/" + me, null);
        assertThat(deleted.statusCode()).isEqualTo(400);
        assertThat(site.app().accounts().find(me).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void resetting_a_password_logs_the_account_out_everywhere() {
        long id = create("forgetful@example.org", "contributor");
        AdminClient forgetful = AdminClient.as(site, Role.CONTRIBUTOR, "forgetful@example.org", "ignored");
        assertThat(forgetful.get("/api/v1/admin/me").statusCode()).isEqualTo(200);

        HttpResponse<String> tooShort = admin.json("POST", "/api/v1/admin/users/" + id + "/password",
                Json.object("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(Json.of(tooShort).at("/error/field").asText()).isEqualTo("password");
        assertThat(admin.json("POST", "/api/v1/admin/users/" + id + "/password",
                Json.object("password", "a brand new password")).statusCode()).isEqualTo(204);

        assertThat(forgetful.get("/api/v1/admin/me").statusCode()).isEqualTo(401);
        HttpResponse<String> relogin = AdminClient.anonymous(site).postForm("/admin/login",
                Map.of("email", "forgetful@example.org", "password", "a brand new password"));
        assertThat(relogin.statusCode()).isEqualTo(303);
    }

    @Test
    void deleting_an_account_keeps_the_bylines_of_its_articles_and_is_audited() {
        long id = create("leaver@example.org", "author");
        Account leaver = site.app().accounts().find(id).orElseThrow();
        site.app().articles().create(Drafts.article("A farewell column").slug("farewell").by(leaver.authorId()).build());

        assertThat(admin.json("DELETE", "/api/v1/admin/users/" + id, null).statusCode()).isEqualTo(204);

        assertThat(site.app().accounts().find(id)).isEmpty();
        assertThat(site.app().articleStore().findBySlug("farewell").orElseThrow().authors())
                .extracting(Author::name).containsExactly("Person leaver@example.org");
        assertThat(site.app().auditLog().recent(0, 100)).extracting(AuditEntry::action, AuditEntry::subject)
                .contains(tuple("account.deleted", "leaver@example.org"));
    }

    @Test
    void the_form_puts_the_message_beside_the_field_and_keeps_what_was_typed() {
        HttpResponse<String> refused = admin.postForm("/admin/users", Map.of("email", "not an address",
                "name", "Kept Name", "role", "editor", "password", AdminClient.PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#email-error").text()).isEqualTo("'not an address' is not an email address such as name@example.org");
        assertThat(page.select("#name").val()).isEqualTo("Kept Name");
        assertThat(page.select("#role option[selected]").val()).isEqualTo("editor");
    }

    @Test
    void the_pages_create_re_role_and_delete_an_account() {
        HttpResponse<String> created = admin.postForm("/admin/users", Map.of("email", "desk@example.org",
                "name", "Desk Editor", "role", "author", "password", AdminClient.PASSWORD));
        assertThat(created.statusCode()).isEqualTo(303);
        Document list = admin.page("/admin/users?done=created");
        String edit = list.select("a:containsOwn(Desk Editor)").attr("href");
        assertThat(edit).startsWith("/admin/users/");

        assertThat(admin.postForm(edit, Map.of("name", "Desk Editor", "role", "editor")).statusCode()).isEqualTo(303);
        JsonNode account = Json.of(admin.get("/api/v1/admin" + edit.substring("/admin".length())));
        assertThat(account.get("role").asText()).isEqualTo("editor");

        assertThat(admin.postForm(edit + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(admin.get(edit).statusCode()).isEqualTo(404);
    }
}
