package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.MastheadApp;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TempDirs;

/**
 * Related articles rank by shared subject (two points a shared tag, one the same primary category), then the
 * newest first; drafts and the article itself never show.
 */
@OnBothDatabases
class RelatedArticlesTest {
    @Parameter
    Backend backend;

    static MastheadApp app;
    static Article target;
    static long author;
    static long politics;
    static long sport;
    static long budget;
    static long trams;
    static long weather;

    @BeforeParameterizedClassInvocation
    static void newsroom(Backend backend) {
        app = MastheadApp.open(backend.settingsFor(TempDirs.create("related-")), Clock.systemUTC());
        author = app.authors().create("Ada Reporter", "", "", List.of()).id();
        politics = app.taxonomies().createCategory("Politics", "", null).id();
        sport = app.taxonomies().createCategory("Sport", "", null).id();
        budget = app.taxonomies().tag("Budget").id();
        trams = app.taxonomies().tag("Trams").id();
        weather = app.taxonomies().tag("Weather").id();
        target = publish("Target", 10, politics, budget, trams);
        publish("Both tags, older", 1, sport, budget, trams);
        publish("One tag and the category", 2, politics, trams);
        publish("One tag, newer", 9, sport, budget);
        publish("One tag, older", 3, sport, trams);
        publish("Category alone", 8, politics, weather);
        publish("Nothing shared", 7, sport, weather);
        app.articles().create(Drafts.article("Draft with both tags").status(ArticleStatus.DRAFT).by(author)
                .in(politics).tagged(budget, trams).build());
    }

    @AfterParameterizedClassInvocation
    static void close() {
        app.close();
        TempDirs.delete(app.settings().dataDir());
    }

    @Test
    void mostSharedSubjectFirstThenNewestFirst() {
        assertThat(headlines(related().of(target, 10))).containsExactly(
                "Both tags, older", "One tag and the category", "One tag, newer", "One tag, older", "Category alone");
    }

    @Test
    void theLimitKeepsTheBestRanked() {
        assertThat(headlines(related().of(target, 3))).containsExactly(
                "Both tags, older", "One tag and the category", "One tag, newer");
    }

    @Test
    void relatedArticlesComeWithTheirAuthorsTagsAndCategories() {
        Article first = related().of(target, 1).get(0);
        assertThat(first.authors()).hasSize(1);
        assertThat(first.tags()).hasSize(2);
        assertThat(first.primaryCategory().id()).isEqualTo(sport);
    }

    @Test
    void anOldArticleCompetesOnlyThroughTagsThatHaveNotHadManyArticlesSince() {
        long history = app.taxonomies().tag("History").id();
        long harbour = app.taxonomies().tag("Harbour").id();
        publish("Old, both tags", 1, sport, history, harbour);
        for (int i = 0; i < RelatedArticles.CANDIDATES_PER_TAG; i++) {
            publish("History " + i, 2, sport, history);
        }
        Article page = publish("Page", 3, sport, history, harbour);

        // Its two shared tags would put it first, but the history tag has had a window's worth of articles since:
        // only the harbour tag counts for it, and the newer history articles, as alike as that, lead.
        assertThat(headlines(related().of(page, 3)))
                .containsExactly("History 99", "History 98", "History 97");
        assertThat(headlines(related().of(page, 200))).contains("Old, both tags")
                .doesNotContain("History 0");
    }

    /** Fresh lists each time, as after the content change each publish makes. */
    private static RelatedArticles related() {
        return new RelatedArticles(new PublishedLists(app.articleStore()));
    }

    private static Article publish(String headline, int day, long category, long... tags) {
        Instant published = Instant.parse("2026-05-01T09:00:00Z").plusSeconds(86_400L * day);
        return app.articles(Clock.fixed(published, ZoneOffset.UTC)).create(Drafts.article(headline).by(author)
                .in(category).tagged(tags).publishedAt(published).build());
    }

    private static List<String> headlines(List<Article> articles) {
        return articles.stream().map(Article::headline).toList();
    }
}
