package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.Settings;
import press.masthead.app.MastheadApp;
import press.masthead.store.Database;
import press.masthead.store.JdbcArticleStore;
import press.masthead.testing.Drafts;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestClock;
import press.masthead.testing.TestPostgres;
import press.masthead.testing.TempDirs;

/**
 * The scheduler over a real database, SQLite and PostgreSQL, with a clock the test moves: nothing here waits for
 * real time. The site is opened but not served, so no scheduler of its own runs beside the test's.
 */
@OnBothDatabases
class PublishSchedulerTest {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration SAFETY = Duration.ofMinutes(1);

    @Parameter
    Backend backend;

    private final TestClock clock = new TestClock(START);
    private Path dataDir;
    private Settings settings;
    private MastheadApp app;
    private long author;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void open() {
        dataDir = TempDirs.create("masthead-scheduler-");
        settings = backend.settingsFor(dataDir);
        app = MastheadApp.open(settings, clock);
        author = app.authors().create("Sam Scheduler", "", "", List.of()).id();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        app.close();
        if (backend == Backend.POSTGRES) {
            TestPostgres.dropDatabase(settings.databaseUrl());
        }
        TempDirs.delete(dataDir);
    }

    private Article scheduled(String headline, Instant at) {
        return app.articles().create(Drafts.article(headline).by(author).status(ArticleStatus.SCHEDULED)
                .publishedAt(at).build());
    }

    private PublishScheduler scheduler(ArticleStore store, ContentEvents events, List<Article> published) {
        PublishScheduler scheduler = new PublishScheduler(store, events, clock, SAFETY, published::add);
        closing.add(scheduler);
        return scheduler;
    }

    @Test
    void an_article_is_published_when_its_time_comes_and_not_before_and_the_timer_aims_at_that_time() {
        Instant due = START.plusSeconds(30);
        Article article = scheduled("Due in thirty seconds", due);
        List<ContentEvent> events = new ArrayList<>();
        ContentEvents listeners = new ContentEvents();
        listeners.listen(events::add);
        List<Article> published = new ArrayList<>();
        PublishScheduler scheduler = scheduler(app.articleStore(), listeners, published);

        scheduler.start();
        assertThat(scheduler.aimedAt()).hasValue(due);
        clock.advance(Duration.between(START, due).minusMillis(1));
        assertThat(scheduler.publishDue()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        List<Article> done = scheduler.publishDue();

        assertThat(done).extracting(Article::id).containsExactly(article.id());
        Article stored = app.articleStore().findById(article.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(stored.publishedAt()).isEqualTo(due);
        assertThat(events).singleElement().isInstanceOfSatisfying(ContentEvent.ArticlePublished.class,
                e -> assertThat(e.article().id()).isEqualTo(article.id()));
        assertThat(published).extracting(Article::id).containsExactly(article.id());
    }

    @Test
    void the_timer_never_sleeps_past_the_safety_interval_and_is_reaimed_when_a_schedule_moves_closer() {
        PublishScheduler scheduler = scheduler(app.articleStore(), new ContentEvents(), new ArrayList<>());
        scheduler.start();
        assertThat(scheduler.aimedAt()).hasValue(START.plus(SAFETY));

        scheduled("Due in ten seconds", START.plusSeconds(10));
        scheduler.reaim();

        assertThat(scheduler.aimedAt()).hasValue(START.plusSeconds(10));
    }

    @Test
    void at_start_up_an_article_whose_time_passed_while_no_server_ran_is_published_at_once() {
        Article missed = scheduled("Missed while the server was down", START.plusSeconds(60));
        Article later = scheduled("Still in the future", START.plus(Duration.ofDays(1)));
        clock.advance(Duration.ofHours(3));

        List<Article> published = new ArrayList<>();
        scheduler(app.articleStore(), new ContentEvents(), published).start();

        assertThat(published).extracting(Article::id).containsExactly(missed.id());
        assertThat(app.articleStore().findById(missed.id()).orElseThrow().isPublic()).isTrue();
        assertThat(app.articleStore().findById(later.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void two_nodes_sharing_the_database_publish_each_due_article_exactly_once() throws Exception {
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            due.add(scheduled("Race " + i, START.plusSeconds(i)).id());
        }
        clock.advance(Duration.ofMinutes(5));
        List<Long> announced = Collections.synchronizedList(new ArrayList<>());
        List<PublishScheduler> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            Database database = Database.open(settings.databaseUrl(), settings.databaseUser(),
                    settings.databasePassword());
            closing.add(database);
            ContentEvents events = new ContentEvents();
            events.listen(e -> announced.add(((ContentEvent.ArticlePublished) e).article().id()));
            nodes.add(scheduler(new JdbcArticleStore(database), events, new ArrayList<>()));
        }

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Article>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                PublishScheduler node = nodes.get(i % 2);
                runs.add(threads.submit(() -> {
                    go.await();
                    return node.publishDue();
                }));
            }
            go.countDown();
            for (Future<List<Article>> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(announced).hasSize(due.size()).containsExactlyInAnyOrderElementsOf(due);
        assertThat(app.articleStore().countByStatus(ArticleQuery.all()).get(ArticleStatus.PUBLISHED)).isEqualTo(40);
    }
}
