package press.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.app.Settings;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Drafts;
import press.masthead.testing.TcpProxy;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestPostgres;
import press.masthead.testing.TestSite;

/**
 * Two Masthead nodes on one PostgreSQL database, reaching it through a forwarder the test can cut, as behind a
 * load balancer with no sticky sessions.
 */
class TwoNodesTest {
    private static final Duration RELAY_DEADLINE = Duration.ofSeconds(2);
    private static String database;
    private static TcpProxy network;
    private static Path sharedMedia;
    private static TestSite nodeA;
    private static TestSite nodeB;
    private static long authorId;

    @BeforeAll
    static void start() {
        database = TestPostgres.newDatabase();
        network = TcpProxy.to(TestPostgres.port());
        String throughNetwork = database.replace(":" + TestPostgres.port() + "/", ":" + network.port() + "/");
        sharedMedia = TempDirs.create("masthead-shared-media-");
        nodeA = TestSite.node(settings(throughNetwork, "masthead-node-a-"), Clock.systemUTC());
        nodeB = TestSite.node(settings(throughNetwork, "masthead-node-b-"), Clock.systemUTC());
        authorId = nodeA.app().authors().create("Harbour Desk", "", "", List.of()).id();
        nodeA.app().articles().create(Drafts.article("The ferry timetable changes on Monday").by(authorId)
                .status(ArticleStatus.PUBLISHED).build());
    }

    private static Settings settings(String databaseUrl, String dataDirPrefix) {
        return Settings.defaults(TempDirs.create(dataDirPrefix), 0)
                .withDatabase(databaseUrl, TestPostgres.USER, "")
                .withMediaDir(sharedMedia);
    }

    @AfterAll
    static void stop() {
        try {
            nodeA.close();
            nodeB.close();
        } finally {
            network.close();
            TestPostgres.dropDatabase(database);
            TempDirs.delete(sharedMedia);
        }
    }

    @Test
    void an_article_published_on_one_node_is_on_the_other_nodes_pages_and_feed_within_two_seconds() {
        // Node B caches its home page and feed first, so only the relay can make them change.
        assertThat(nodeB.get("/").body()).doesNotContain("Night buses return");
        assertThat(nodeB.get("/feed/").body()).doesNotContain("Night buses return");

        Article published = nodeA.app().articles().create(Drafts.article("Night buses return to the harbour")
                .by(authorId).status(ArticleStatus.PUBLISHED).build());
        String articlePath = nodeB.app().renderer().permalinks().article(published);

        assertThat(within(RELAY_DEADLINE, () -> nodeB.get("/"), body -> body.contains("Night buses return"))).isTrue();
        assertThat(within(RELAY_DEADLINE, () -> nodeB.get("/feed/"), body -> body.contains("Night buses return")))
                .isTrue();
        assertThat(nodeB.get(articlePath).statusCode()).isEqualTo(200);
        assertThat(within(RELAY_DEADLINE, () -> nodeB.get("/search?q=buses"), body -> body.contains("Night buses")))
                .as("node B's own search index follows node A's publishing").isTrue();
    }

    @Test
    void a_scheduled_article_is_published_on_time_exactly_once_with_both_nodes_running() {
        Article scheduled = nodeA.app().articles().create(Drafts.article("Regatta results at noon").by(authorId)
                .status(ArticleStatus.SCHEDULED).publishedAt(Instant.now().plusSeconds(2)).build());
        String path = nodeA.app().renderer().permalinks().article(scheduled);
        assertThat(nodeB.get(path).statusCode()).isEqualTo(404);

        for (TestSite node : List.of(nodeA, nodeB)) {
            assertThat(within(Duration.ofSeconds(20), () -> node.get(path), body -> body.contains("Regatta results")))
                    .isTrue();
        }
        // The audit entry is written just after the publication is announced, so a page may show before it.
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<AuditEntry> publications = regattaPublications();
        while (publications.isEmpty() && System.nanoTime() < end) {
            pause();
            publications = regattaPublications();
        }

        assertThat(publications).hasSize(1);
        assertThat(publications.get(0).detail()).isEqualTo("on schedule");
    }

    @Test
    void a_login_on_one_node_is_valid_on_the_other() {
        AdminClient onA = AdminClient.as(nodeA, Role.EDITOR);
        AdminClient onB = onA.sameBrowserOn(nodeB);

        assertThat(onB.page("/admin/account").select(".who").text()).contains("Test editor");
        assertThat(onB.json("POST", "/api/v1/admin/tokens", "{\"name\":\"from node b\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void with_the_database_cut_off_both_nodes_serve_cached_pages_answer_503_otherwise_and_recover_by_themselves() {
        Article unseen = nodeA.app().articles().create(Drafts.article("Harbour wall repairs begin")
                .by(authorId).status(ArticleStatus.PUBLISHED).build());
        String unseenPath = nodeA.app().renderer().permalinks().article(unseen);
        for (TestSite node : List.of(nodeA, nodeB)) {
            assertThat(within(RELAY_DEADLINE, () -> node.get("/"), body -> body.contains("Harbour wall"))).isTrue();
            cacheHomePageOnceTheRelayIsQuiet(node);
        }

        network.cut();
        try {
            for (TestSite node : List.of(nodeA, nodeB)) {
                assertThat(node.get("/").statusCode()).as("a cached page").isEqualTo(200);
                assertThat(node.get("/healthz").statusCode()).isEqualTo(503);
                HttpResponse<String> uncached = node.get(unseenPath);
                assertThat(uncached.statusCode()).as("a page never cached").isEqualTo(503);
                assertThat(uncached.headers().firstValue("Retry-After")).isPresent();
                assertThat(uncached.body()).doesNotContain("Exception").doesNotContain("at press.");
            }
        } finally {
            network.mend();
        }

        for (TestSite node : List.of(nodeA, nodeB)) {
            assertThat(within(Duration.ofSeconds(20), () -> node.get("/healthz"), body -> body.contains("\"up\"")))
                    .isTrue();
            assertThat(node.get(unseenPath).statusCode()).isEqualTo(200);
        }
        // Node B caches its home page again, so only a notice heard after the outage can change it.
        cacheHomePageOnceTheRelayIsQuiet(nodeB);
        nodeA.app().articles().create(Drafts.article("Ferry fares frozen for the winter").by(authorId)
                .status(ArticleStatus.PUBLISHED).build());
        assertThat(within(Duration.ofSeconds(10), () -> nodeB.get("/"), body -> body.contains("Ferry fares frozen")))
                .as("node B listens again after the outage").isTrue();
    }

    /**
     * Caches the home page at a moment no notice is arriving: a late notice about this test's own article would
     * otherwise empty the cache just before the cut, and the page would have nothing to be served from.
     */
    private static void cacheHomePageOnceTheRelayIsQuiet(TestSite node) {
        long generation;
        do {
            generation = node.app().pageCache().generation();
            assertThat(node.get("/").statusCode()).isEqualTo(200);
            pause(Duration.ofMillis(300));
        } while (node.app().pageCache().generation() != generation);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks until the answer's body passes, or the time is up; true when it passed. */
    private static List<AuditEntry> regattaPublications() {
        return nodeA.app().auditLog().recent(0, 200).stream()
                .filter(entry -> entry.action().equals("article.published") && entry.subject().contains("Regatta"))
                .toList();
    }

    private static boolean within(Duration deadline, java.util.function.Supplier<HttpResponse<String>> ask,
                                  Predicate<String> passes) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            HttpResponse<String> answer = ask.get();
            if (answer.statusCode() == 200 && passes.test(answer.body())) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
