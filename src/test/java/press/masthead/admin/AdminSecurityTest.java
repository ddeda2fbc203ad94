package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** What keeps other sites and scripts from acting as a logged-in journalist. */
@OnBothDatabases
class AdminSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    private static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void a_form_without_the_csrf_token_is_refused_and_changes_nothing() {
        AdminClient author = AdminClient.as(site, Role.AUTHOR);

        HttpResponse<String> answer = author.postForm("/admin/account/tokens", Map.of("name", "no token", "_csrf", ""));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("CSRF token");
        assertThat(site.app().apiTokens().forAccount(author.account("author@example.org").id())).isEmpty();
    }

    @Test
    void a_form_posted_from_another_origin_is_refused_even_with_the_token() {
        AdminClient editor = AdminClient.as(site, Role.EDITOR);

        HttpResponse<String> answer = editor.send(editor.request("/admin/account/tokens")
                .header("Origin", "https://elsewhere.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=x&_csrf=" + editor.csrf())));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("did not come from a page of this site");
    }

    @Test
    void a_change_with_neither_origin_nor_referer_is_refused() {
        AdminClient editor = AdminClient.as(site, Role.EDITOR);

        HttpResponse<String> answer = editor.send(editor.request("/api/v1/admin/tokens")
                .header("X-CSRF-Token", editor.csrf())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"code\":\"forbidden\"");
    }

    @Test
    void the_api_with_the_session_needs_the_csrf_header_and_works_with_it() {
        AdminClient editor = AdminClient.as(site, Role.EDITOR);

        HttpResponse<String> withoutHeader = editor.send(editor.request("/api/v1/admin/tokens")
                .header("Origin", editor.origin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));
        HttpResponse<String> withHeader = editor.json("POST", "/api/v1/admin/tokens", "{\"name\":\"script\"}");

        assertThat(withoutHeader.statusCode()).isEqualTo(403);
        assertThat(withHeader.statusCode()).isEqualTo(201);
    }

    @Test
    void every_admin_answer_carries_the_admin_security_headers() {
        for (HttpResponse<String> answer : new HttpResponse[] {
                AdminClient.anonymous(site).get("/admin/login"),
                AdminClient.anonymous(site).get("/api/v1/admin/me"),
                AdminClient.as(site, Role.CONTRIBUTOR).get("/admin/account")}) {
            String policy = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        site.app().accounts().create("cookie@example.org", "Cookie", Role.AUTHOR, AdminClient.PASSWORD);

        HttpResponse<String> login = AdminClient.anonymous(site).postForm("/admin/login",
                Map.of("email", "cookie@example.org", "password", AdminClient.PASSWORD));

        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("masthead_session=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void an_api_call_without_credentials_gets_a_json_401() throws Exception {
        HttpResponse<String> answer = AdminClient.anonymous(site).get("/api/v1/admin/me");

        assertThat(answer.statusCode()).isEqualTo(401);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("unauthenticated");
        assertThat(error.get("message").asText()).contains("Bearer");
    }

    @Test
    void a_bearer_token_acts_as_its_account_without_csrf_until_it_is_revoked() throws Exception {
        long accountId = site.app().accounts().create("script@example.org", "Script", Role.AUTHOR,
                AdminClient.PASSWORD).id();
        var created = site.app().apiTokens().create(accountId, "deploy");
        AdminClient anonymous = AdminClient.anonymous(site);

        HttpResponse<String> me = anonymous.send(anonymous.request("/api/v1/admin/me")
                .header("Authorization", "Bearer " + created.token()));
        HttpResponse<String> newToken = anonymous.send(anonymous.request("/api/v1/admin/tokens")
                .header("Authorization", "Bearer " + created.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"second\"}")));
        site.app().apiTokens().revoke(created.record().id());
        HttpResponse<String> afterRevoke = anonymous.send(anonymous.request("/api/v1/admin/me")
                .header("Authorization", "Bearer " + created.token()));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("email").asText()).isEqualTo("script@example.org");
        assertThat(newToken.statusCode()).isEqualTo(201);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
    }

    @Test
    void a_json_body_with_an_unknown_field_is_a_400_naming_it() throws Exception {
        AdminClient editor = AdminClient.as(site, Role.EDITOR);

        HttpResponse<String> answer = editor.json("POST", "/api/v1/admin/tokens", "{\"label\":\"x\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("error").get("field").asText()).isEqualTo("label");
    }

    @Test
    void login_returns_only_to_admin_pages_of_this_site() {
        site.app().accounts().create("next@example.org", "Next", Role.AUTHOR, AdminClient.PASSWORD);

        HttpResponse<String> login = AdminClient.anonymous(site).postForm("/admin/login", Map.of(
                "email", "next@example.org", "password", AdminClient.PASSWORD, "next", "//evil.example/admin/"));

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("evil");
    }
}
