package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.TempDirs;

/**
 * A list's order is read once and paged from memory, matching the database's own paging exactly, until content
 * changes; a list read while content changed is not kept, and the memory held stays within its bound.
 */
class PublishedListsTest {
    static MastheadApp app;
    static long author;
    static long harbour;

    @BeforeAll
    static void site() {
        app = MastheadApp.open(Backend.SQLITE.settingsFor(TempDirs.create("lists-")), Clock.systemUTC());
        author = app.authors().create("Ada Reporter", "", "", List.of()).id();
        harbour = app.taxonomies().tag("Harbour").id();
        for (int day = 1; day <= 23; day++) {
            publish("Story " + day, day, day % 2 == 0);
        }
        // Two articles at the same moment: the newer id comes first, as in the database's order.
        publish("Twin A", 30, true);
        publish("Twin B", 30, true);
    }

    @AfterAll
    static void close() {
        app.close();
        TempDirs.delete(app.settings().dataDir());
    }

    @Test
    void everyPageMatchesTheDatabasesOwnPaging() {
        PublishedLists lists = new PublishedLists(app.articleStore());
        for (ArticleFilter filter : List.of(ArticleFilter.all(), ArticleFilter.tag(harbour))) {
            int count = app.articleStore().countPublished(filter);
            assertThat(lists.count(filter)).isEqualTo(count).isPositive();
            for (int offset = 0; offset < count + 10; offset += 10) {
                assertThat(headlines(lists.page(filter, offset, 10)))
                        .isEqualTo(headlines(app.articleStore().published(filter, offset, 10)));
            }
        }
        assertThat(headlines(lists.page(ArticleFilter.all(), 0, 2))).containsExactly("Twin B", "Twin A");
    }

    @Test
    void aListIsReadOnceUntilContentChanges() {
        AtomicInteger reads = new AtomicInteger();
        PublishedLists lists = new PublishedLists(counting(app.articleStore(), reads, () -> { }));
        lists.page(ArticleFilter.all(), 0, 10);
        lists.page(ArticleFilter.all(), 10, 10);
        lists.count(ArticleFilter.all());
        assertThat(reads).hasValue(1);

        Article added = publish("Breaking", 40, false);
        assertThat(headlines(lists.page(ArticleFilter.all(), 0, 1))).as("before it is told").doesNotContain("Breaking");
        lists.forget();
        assertThat(headlines(lists.page(ArticleFilter.all(), 0, 1))).containsExactly("Breaking");
        assertThat(reads).hasValue(2);
        app.articles().delete(added.id());
    }

    @Test
    void aListReadWhileContentChangedIsUsedOnceAndNotKept() {
        AtomicInteger reads = new AtomicInteger();
        List<PublishedLists> holder = new ArrayList<>();
        PublishedLists lists = new PublishedLists(counting(app.articleStore(), reads, () -> holder.get(0).forget()));
        holder.add(lists);
        assertThat(lists.count(ArticleFilter.all())).isPositive();
        assertThat(lists.count(ArticleFilter.all())).isPositive();
        assertThat(reads).as("each read overlapped a change, so none was kept").hasValue(2);
    }

    @Test
    void listsBeyondTheBoundAreForgottenLeastRecentlyUsedFirst() {
        AtomicInteger reads = new AtomicInteger();
        int allSize = app.articleStore().countPublished(ArticleFilter.all());
        int tagSize = app.articleStore().countPublished(ArticleFilter.tag(harbour));
        // Room for the whole site's list and nothing else.
        PublishedLists lists = new PublishedLists(counting(app.articleStore(), reads, () -> { }),
                3L * allSize + PublishedLists.LIST_COST);
        lists.count(ArticleFilter.all());
        lists.count(ArticleFilter.all());
        assertThat(reads).hasValue(1);
        lists.count(ArticleFilter.tag(harbour));
        assertThat(lists.count(ArticleFilter.tag(harbour))).isEqualTo(tagSize);
        assertThat(reads).as("the tag's list is kept").hasValue(2);
        lists.count(ArticleFilter.all());
        assertThat(reads).as("the tag's list pushed the site's out").hasValue(3);
    }

    /** The real store, counting the list reads and running {@code during} inside each. */
    private static ArticleStore counting(ArticleStore store, AtomicInteger reads, Runnable during) {
        return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, (proxy, method, args) -> {
                    Object answer = method.invoke(store, args);
                    if (method.getName().equals("publishedOrder")) {
                        reads.incrementAndGet();
                        during.run();
                    }
                    return answer;
                });
    }

    private static Article publish(String headline, int day, boolean tagged) {
        Instant published = Instant.parse("2026-05-01T09:00:00Z").plusSeconds(86_400L * day);
        Drafts draft = Drafts.article(headline).by(author).publishedAt(published);
        if (tagged) {
            draft.tagged(harbour);
        }
        return app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(draft.build());
    }

    private static List<String> headlines(List<Article> articles) {
        return articles.stream().map(Article::headline).toList();
    }
}
