package press.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.masthead.accounts.Account;
import press.masthead.accounts.Role;

/**
 * A browser-like client of a {@link TestSite}'s admin: it keeps the session cookie, sends a same-origin Origin
 * header and the CSRF token the way the admin's own pages do. {@link #as} makes an account and logs it in.
 */
public final class AdminClient {
    public static final String PASSWORD = "a long enough password";

    private final TestSite site;
    private final HttpClient http;
    private String csrf = "";

    private AdminClient(TestSite site) {
        this(site, HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build());
    }

    private AdminClient(TestSite site, HttpClient http) {
        this.site = site;
        this.http = http;
    }

    /**
     * The same browser (its cookies, its CSRF token) talking to another node of the same site, as happens behind a
     * load balancer without sticky sessions. Cookies ignore ports, so both nodes get the session cookie.
     */
    public AdminClient sameBrowserOn(TestSite otherNode) {
        AdminClient other = new AdminClient(otherNode, http);
        other.csrf = csrf;
        return other;
    }

    /** A client that is not logged in. */
    public static AdminClient anonymous(TestSite site) {
        return new AdminClient(site);
    }

    /** Creates an account with this role (email {@code ROLE@example.org} unless it exists) and logs it in. */
    public static AdminClient as(TestSite site, Role role) {
        return as(site, role, role.code() + "@example.org", "Test " + role.code());
    }

    public static AdminClient as(TestSite site, Role role, String email, String name) {
        if (site.app().accounts().findByEmail(email).isEmpty()) {
            site.app().accounts().create(email, name, role, PASSWORD);
        }
        AdminClient client = new AdminClient(site);
        HttpResponse<String> login = client.postForm("/admin/login", Map.of("email", email, "password", PASSWORD));
        if (login.statusCode() != 303) {
            throw new AssertionError("Logging in as " + email + " answered " + login.statusCode() + ": " + login.body());
        }
        client.refreshCsrf();
        return client;
    }

    public Account account(String email) {
        return site.app().accounts().findByEmail(email).orElseThrow();
    }

    /** The CSRF token of the current session, read from an admin page as a browser would find it. */
    public String csrf() {
        return csrf;
    }

    public void refreshCsrf() {
        HttpResponse<String> dashboard = get("/admin/");
        Element field = Jsoup.parse(dashboard.body()).selectFirst("input[name=_csrf]");
        csrf = field == null ? "" : field.attr("value");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** GETs an admin page that must answer 200, parsed. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", expected 200: "
                    + response.body());
        }
        return Jsoup.parse(response.body(), site.url(path));
    }

    /** Posts a form the way an admin page does: with the session's CSRF token and this site as Origin. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrf);
        return send(request(path).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(withToken))));
    }

    /** Sends JSON to the Admin API the way the admin's scripts do: CSRF header and same Origin. */
    public HttpResponse<String> json(String method, String path, String body) {
        HttpRequest.Builder request = request(path).header("Origin", origin()).header("X-CSRF-Token", csrf);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.url(path)));
    }

    public String origin() {
        String url = site.url("/");
        return url.substring(0, url.length() - 1);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
