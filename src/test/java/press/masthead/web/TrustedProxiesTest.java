package press.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.TestSite;

/** Behind a reverse proxy, login throttling counts the reader's address, which only a trusted proxy may tell. */
class TrustedProxiesTest {
    private static HttpResponse<String> failFrom(AdminClient client, String forwardedFor) {
        return client.send(client.request("/admin/login").header("Origin", client.origin())
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=desk%40example.org&password=wrong+guess")));
    }

    @Test
    void behind_a_trusted_proxy_one_readers_failures_do_not_throttle_another_reader() {
        try (TestSite site = TestSite.startWith(settings -> settings.withTrustedProxies(List.of("127.0.0.1")))) {
            site.app().accounts().create("desk@example.org", "Desk", Role.EDITOR, AdminClient.PASSWORD);
            AdminClient client = AdminClient.anonymous(site);
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(failFrom(client, "203.0.113.1").statusCode()).isEqualTo(401);
            }

            assertThat(failFrom(client, "203.0.113.1").statusCode()).isEqualTo(429);
            assertThat(failFrom(client, "198.51.100.9, 203.0.113.2").statusCode()).isEqualTo(401);
            assertThat(site.app().auditLog().recent(0, 1).get(0).ip()).isEqualTo("203.0.113.2");
        }
    }

    @Test
    void without_trusted_proxies_a_forged_forwarded_for_header_changes_nothing() {
        try (TestSite site = TestSite.start()) {
            site.app().accounts().create("desk@example.org", "Desk", Role.EDITOR, AdminClient.PASSWORD);
            AdminClient client = AdminClient.anonymous(site);
            for (int attempt = 0; attempt < 5; attempt++) {
                failFrom(client, "203.0.113." + attempt);
            }

            HttpResponse<String> forged = failFrom(client, "192.0.2.77");

            assertThat(forged.statusCode()).isEqualTo(429);
            assertThat(site.app().auditLog().recent(0, 1).get(0).ip()).isEqualTo("127.0.0.1");
            assertThat(client.postForm("/admin/login", Map.of("email", "desk@example.org", "password", "x"))
                    .statusCode()).isEqualTo(429);
        }
    }

    @Test
    void a_session_cookie_is_secure_when_the_trusted_proxy_received_https() {
        try (TestSite site = TestSite.startWith(settings -> settings.withTrustedProxies(List.of("127.0.0.1")))) {
            site.app().accounts().create("desk@example.org", "Desk", Role.EDITOR, AdminClient.PASSWORD);
            AdminClient client = AdminClient.anonymous(site);

            HttpResponse<String> overHttps = client.send(client.request("/admin/login")
                    .header("Origin", "https://" + client.origin().substring("http://".length()))
                    .header("X-Forwarded-Proto", "https")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "email=desk%40example.org&password=" + AdminClient.PASSWORD.replace(" ", "+"))));

            assertThat(overHttps.statusCode()).isEqualTo(303);
            assertThat(overHttps.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");
        }
    }
}
