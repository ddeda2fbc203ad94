package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Permissions;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.TestSite;

/**
 * Every route of the site admin (pages, tags and categories, authors, users, settings, corrections, the audit log),
 * API and pages, tried by every role: allowed or refused exactly as {@link Permissions} says. The expectations come
 * from the permission table, so changing the table changes what this test expects. On SQLite only: it tests
 * permissions, not storage, which the site admin's own tests run on both databases.
 */
class SiteAdminRouteMatrixTest {
    /** No such thing exists: an allowed request gets past the permission check and then finds nothing. */
    private static final String MISSING = "999999";

    private static TestSite site;
    private static final Map<Role, AdminClient> clients = new EnumMap<>(Role.class);
    private static long someoneElsesProfile;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        for (Role role : Role.values()) {
            clients.put(role, AdminClient.as(site, role));
        }
        someoneElsesProfile = site.app().authors().create("Not An Account", "", "", List.of()).id();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /**
     * One route. {@code permission} null means any logged-in account; {@code {own}} in the path is the caller's own
     * author profile and {@code {other}} one that is not theirs.
     */
    private record Route(String method, String path, Permission permission) {
        boolean api() {
            return path.startsWith("/api/");
        }

        boolean allows(Role role) {
            return permission == null || Permissions.allows(role, permission);
        }

        String pathFor(AdminClient client, Role role) {
            return path.replace("{own}", Long.toString(client.account(role.code() + "@example.org").authorId()))
                    .replace("{other}", Long.toString(someoneElsesProfile));
        }
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        Permission pages = Permission.MANAGE_PAGES;
        add(routes, pages, "GET /api/v1/admin/pages", "POST /api/v1/admin/pages", "GET /api/v1/admin/pages/" + MISSING,
                "PUT /api/v1/admin/pages/" + MISSING, "DELETE /api/v1/admin/pages/" + MISSING,
                "GET /admin/pages", "GET /admin/pages/new", "POST /admin/pages/new", "GET /admin/pages/" + MISSING,
                "POST /admin/pages/" + MISSING, "POST /admin/pages/" + MISSING + "/delete");
        Permission write = Permission.EDIT_OWN_ARTICLES;
        add(routes, write, "GET /api/v1/admin/tags", "GET /api/v1/admin/tags?q=harb",
                "GET /api/v1/admin/tags/" + MISSING, "GET /api/v1/admin/categories",
                "GET /api/v1/admin/categories/" + MISSING);
        Permission taxonomies = Permission.MANAGE_TAXONOMIES;
        for (String kind : List.of("tags", "categories")) {
            add(routes, taxonomies, "POST /api/v1/admin/" + kind, "PUT /api/v1/admin/" + kind + "/" + MISSING,
                    "POST /api/v1/admin/" + kind + "/" + MISSING + "/merge",
                    "DELETE /api/v1/admin/" + kind + "/" + MISSING,
                    "POST /admin/taxonomies/" + kind, "GET /admin/taxonomies/" + kind + "/" + MISSING,
                    "POST /admin/taxonomies/" + kind + "/" + MISSING,
                    "POST /admin/taxonomies/" + kind + "/" + MISSING + "/merge",
                    "POST /admin/taxonomies/" + kind + "/" + MISSING + "/delete");
        }
        add(routes, taxonomies, "GET /admin/taxonomies");
        add(routes, null, "GET /api/v1/admin/authors", "GET /api/v1/admin/authors/{own}",
                "PUT /api/v1/admin/authors/{own}", "GET /admin/authors", "GET /admin/authors/{own}",
                "POST /admin/authors/{own}");
        Permission users = Permission.MANAGE_USERS;
        add(routes, users, "GET /api/v1/admin/authors/{other}", "PUT /api/v1/admin/authors/{other}",
                "GET /admin/authors/{other}", "POST /admin/authors/{other}",
                "GET /api/v1/admin/users", "POST /api/v1/admin/users", "GET /api/v1/admin/users/" + MISSING,
                "PUT /api/v1/admin/users/" + MISSING, "POST /api/v1/admin/users/" + MISSING + "/password",
                "DELETE /api/v1/admin/users/" + MISSING, "GET /admin/users", "POST /admin/users",
                "GET /admin/users/" + MISSING, "POST /admin/users/" + MISSING,
                "POST /admin/users/" + MISSING + "/password", "POST /admin/users/" + MISSING + "/delete");
        add(routes, Permission.MANAGE_SETTINGS, "GET /api/v1/admin/settings", "PUT /api/v1/admin/settings",
                "GET /admin/settings", "POST /admin/settings");
        add(routes, Permission.MANAGE_CORRECTIONS, "GET /api/v1/admin/corrections", "POST /api/v1/admin/corrections",
                "POST /api/v1/admin/corrections/" + MISSING + "/amend", "GET /admin/corrections",
                "POST /admin/corrections", "POST /admin/corrections/" + MISSING + "/amend");
        add(routes, Permission.VIEW_AUDIT_LOG, "GET /api/v1/admin/audit", "GET /admin/audit");
        return routes;
    }

    private static void add(List<Route> routes, Permission permission, String... methodsAndPaths) {
        for (String methodAndPath : methodsAndPaths) {
            String[] parts = methodAndPath.split(" ", 2);
            routes.add(new Route(parts[0], parts[1], permission));
        }
    }

    private static HttpResponse<String> send(AdminClient client, String method, String path, boolean api) {
        if ("GET".equals(method)) {
            return client.get(path);
        }
        return api ? client.json(method, path, "{}") : client.postForm(path, Map.of());
    }

    @Test
    void every_api_route_here_is_described_in_the_openapi_file() throws IOException {
        String openApi = Files.readString(Path.of("docs", "openapi.yaml"));
        for (Route route : routes()) {
            if (route.api()) {
                String template = route.path().replace("/api/v1/admin", "").replaceFirst("\\?.*", "")
                        .replace(MISSING, "{id}").replace("{own}", "{id}").replace("{other}", "{id}");
                assertThat(openApi).as(route.method() + " " + route.path()).contains("\n  " + template + ":\n");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> every_role_is_allowed_or_refused_as_the_permission_table_says() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (Role role : Role.values()) {
                boolean allowed = route.allows(role);
                tests.add(dynamicTest(role.code() + " " + route.method() + " " + route.path() + (allowed ? " is allowed"
                        : " is refused"), () -> {
                    AdminClient client = clients.get(role);
                    HttpResponse<String> response = send(client, route.method(), route.pathFor(client, role), route.api());
                    if (allowed) {
                        assertThat(response.statusCode()).as(response.body()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                        if (route.api()) {
                            assertThat(response.body()).contains("\"code\":\"forbidden\"");
                        }
                    }
                }));
            }
            tests.add(dynamicTest("nobody logged in " + route.method() + " " + route.path() + " is refused", () -> {
                HttpResponse<String> response = send(AdminClient.anonymous(site), route.method(),
                        route.path().replace("{own}", "1").replace("{other}", "1"), route.api());
                int expected = route.api() ? 401 : "GET".equals(route.method()) ? 302 : 401;
                assertThat(response.statusCode()).isEqualTo(expected);
            }));
        }
        return tests.stream();
    }
}
