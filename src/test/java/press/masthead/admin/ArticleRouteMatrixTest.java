package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import press.masthead.accounts.Account;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Permissions;
import press.masthead.accounts.Role;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.HtmlTrust;
import press.masthead.content.SavedBy;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Drafts;
import press.masthead.testing.SharedSite;
import press.masthead.testing.TestSite;

/**
 * Every article route, by every role, on an article the account owns, one whose byline it is on, and someone
 * else's: allowed (2xx), refused (403) or not even shown (404), as the permission table says. The expectations are
 * worked out here from {@link Permissions} alone, not from the code that enforces them. On SQLite only: it tests
 * permissions, not storage, which ArticleApiTest and ArticlePagesTest run on both databases.
 */
@ExtendWith(SharedSite.class)
class ArticleRouteMatrixTest {
    static TestSite site;
    static final Map<Role, AdminClient> clients = new EnumMap<>(Role.class);
    static final Map<Role, Account> accounts = new EnumMap<>(Role.class);
    static Account stranger;

    enum Relation { OWNER, BYLINE, OTHER }

    /** What a route needs to be allowed, in the table's terms. */
    enum Needs { VIEW, EDIT, SUBMIT, PUBLISH, DELETE }

    record Route(String name, Needs needs, ArticleStatus startingStatus, BiFunction<AdminClient, Article, HttpResponse<String>> call) {
    }

    @BeforeAll
    static void start(TestSite shared) {
        site = shared;
        for (Role role : Role.values()) {
            String email = "matrix-" + role.code() + "@example.org";
            clients.put(role, AdminClient.as(site, role, email, "Matrix " + role.code()));
            accounts.put(role, site.app().accounts().findByEmail(email).orElseThrow());
        }
        stranger = site.app().accounts().create("matrix-stranger@example.org", "Stranger", Role.AUTHOR,
                AdminClient.PASSWORD);
    }

    static List<Route> routes() {
        String api = "/api/v1/admin/articles/";
        String later = "\"" + Instant.now().plusSeconds(86_400 * 30).toString() + "\"";
        return List.of(
                new Route("GET article", Needs.VIEW, ArticleStatus.DRAFT, (c, a) -> c.get(api + a.id())),
                new Route("GET revisions", Needs.VIEW, ArticleStatus.DRAFT, (c, a) -> c.get(api + a.id() + "/revisions")),
                new Route("GET revision diff", Needs.VIEW, ArticleStatus.DRAFT,
                        (c, a) -> c.get(api + a.id() + "/revisions/" + firstRevision(a) + "/diff")),
                new Route("GET preview", Needs.VIEW, ArticleStatus.DRAFT,
                        (c, a) -> c.get("/admin/articles/" + a.id() + "/preview")),
                new Route("POST preview-link", Needs.VIEW, ArticleStatus.DRAFT,
                        (c, a) -> c.json("POST", api + a.id() + "/preview-link", null)),
                new Route("GET editor page", Needs.VIEW, ArticleStatus.DRAFT,
                        (c, a) -> c.get("/admin/articles/" + a.id())),
                new Route("GET revisions page", Needs.VIEW, ArticleStatus.DRAFT,
                        (c, a) -> c.get("/admin/articles/" + a.id() + "/revisions")),
                new Route("PUT article", Needs.EDIT, ArticleStatus.DRAFT, (c, a) -> c.json("PUT", api + a.id(),
                        "{\"headline\": \"Changed\", \"version\": " + a.version() + "}")),
                new Route("POST editor form", Needs.EDIT, ArticleStatus.DRAFT, (c, a) -> c.postForm(
                        "/admin/articles/" + a.id(), Map.of("headline", "Changed by form", "body", "x",
                                "version", Integer.toString(a.version()), "authors", bylineOf(a), "action", "save"))),
                new Route("POST autosave", Needs.EDIT, ArticleStatus.DRAFT, (c, a) -> c.json("POST",
                        api + a.id() + "/autosave", "{\"headline\": \"Auto\", \"version\": " + a.version() + "}")),
                new Route("POST restore", Needs.EDIT, ArticleStatus.DRAFT, (c, a) -> c.json("POST",
                        api + a.id() + "/revisions/" + firstRevision(a) + "/restore", "{\"version\": " + a.version() + "}")),
                new Route("POST submit", Needs.SUBMIT, ArticleStatus.DRAFT,
                        (c, a) -> c.json("POST", api + a.id() + "/submit", null)),
                new Route("POST publish", Needs.PUBLISH, ArticleStatus.DRAFT,
                        (c, a) -> c.json("POST", api + a.id() + "/publish", null)),
                new Route("POST schedule", Needs.PUBLISH, ArticleStatus.DRAFT,
                        (c, a) -> c.json("POST", api + a.id() + "/schedule", "{\"at\": " + later + "}")),
                new Route("POST unpublish", Needs.PUBLISH, ArticleStatus.PUBLISHED,
                        (c, a) -> c.json("POST", api + a.id() + "/unpublish", null)),
                new Route("bulk publish", Needs.PUBLISH, ArticleStatus.DRAFT, (c, a) -> c.postForm(
                        "/admin/articles/bulk", Map.of("action", "publish", "ids", Long.toString(a.id())))),
                new Route("DELETE article", Needs.DELETE, ArticleStatus.DRAFT,
                        (c, a) -> c.json("DELETE", api + a.id(), null)),
                new Route("POST delete form", Needs.DELETE, ArticleStatus.DRAFT,
                        (c, a) -> c.postForm("/admin/articles/" + a.id() + "/delete", Map.of())));
    }

    @TestFactory
    Stream<DynamicTest> every_route_by_every_role_on_own_and_others_articles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Relation relation : Relation.values()) {
                for (Route route : routes()) {
                    Expected expected = expected(role, relation, route.needs());
                    tests.add(DynamicTest.dynamicTest(role.code() + " " + route.name() + " on "
                            + relation.name().toLowerCase() + "'s article: " + expected, () -> {
                        Article article = article(role, relation, route.startingStatus());
                        HttpResponse<String> response = route.call().apply(clients.get(role), article);
                        expected.check(response);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** From the table: the _OWN permission reaches the account's own articles, the _ANY one everyone's. */
    static Expected expected(Role role, Relation relation, Needs needs) {
        boolean own = relation != Relation.OTHER;
        boolean visible = allows(role, Permission.EDIT_ANY_ARTICLE) || (own && allows(role, Permission.EDIT_OWN_ARTICLES));
        if (!visible) {
            return Expected.NOT_FOUND;
        }
        boolean allowed = switch (needs) {
            case VIEW, EDIT -> true;
            case SUBMIT -> allows(role, Permission.SUBMIT_FOR_REVIEW);
            case PUBLISH -> allows(role, Permission.PUBLISH_ANY_ARTICLE)
                    || (own && allows(role, Permission.PUBLISH_OWN_ARTICLES));
            case DELETE -> allows(role, Permission.DELETE_ANY_ARTICLE)
                    || (own && allows(role, Permission.DELETE_OWN_ARTICLES));
        };
        return allowed ? Expected.ALLOWED : Expected.FORBIDDEN;
    }

    private static boolean allows(Role role, Permission permission) {
        return Permissions.allows(role, permission);
    }

    enum Expected {
        ALLOWED, FORBIDDEN, NOT_FOUND;

        void check(HttpResponse<String> response) {
            int status = response.statusCode();
            switch (this) {
                // A form answers with a redirect (303) to where it leads; the bulk action's page reports each article.
                case ALLOWED -> assertThat(status).as(response.body()).isBetween(200, 303);
                case FORBIDDEN -> assertThat(status).as(response.body()).isEqualTo(403);
                case NOT_FOUND -> assertThat(status).as(response.body()).isEqualTo(404);
            }
        }
    }

    private static Article article(Role role, Relation relation, ArticleStatus status) {
        Account actor = accounts.get(role);
        Account owner = relation == Relation.OWNER ? actor : stranger;
        long byline = relation == Relation.BYLINE ? actor.authorId() : stranger.authorId();
        Article created = site.app().articles().create(Drafts.article("Matrix " + role.code() + " " + relation)
                .status(ArticleStatus.DRAFT).by(byline).body("Body").build(),
                new SavedBy(owner.id(), owner.name(), HtmlTrust.SANITIZED));
        if (status == ArticleStatus.PUBLISHED) {
            return site.app().articles().changeStatus(created.id(), ArticleStatus.PUBLISHED, null, null);
        }
        return created;
    }

    private static long firstRevision(Article article) {
        return site.app().articles().revisions(article.id()).get(0).id();
    }

    private static String bylineOf(Article article) {
        return Long.toString(article.authors().get(0).id());
    }
}
