package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Account;
import press.masthead.accounts.Role;
import press.masthead.content.Article;
import press.masthead.content.Category;
import press.masthead.content.HtmlTrust;
import press.masthead.content.SavedBy;
import press.masthead.content.Tag;
import press.masthead.content.Taxonomies;
import press.masthead.testing.AtOnce;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * Tags and categories as the store searches, counts, merges and deletes them, on both databases: an article filed
 * under both the old and the new one keeps one link, nothing points at a removed one, and a merge and the saves of
 * its articles at the same moment take turns.
 */
@OnBothDatabases
class TaxonomyStoreTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static long author;
    static SavedBy editor;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> author = app.authors().create("Tess Tagger", "", "", List.of()).id());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
        editor = null;
    }

    private static Taxonomies taxonomies() {
        return site.app().taxonomies();
    }

    /** The editor saving articles while a merge runs, made once per site. */
    private static synchronized SavedBy editor() {
        if (editor == null) {
            Account account = site.app().accounts().create("desk@example.org", "Desk Editor", Role.EDITOR, null);
            editor = new SavedBy(account.id(), account.name(), HtmlTrust.SANITIZED);
        }
        return editor;
    }

    private static Article article(long id) {
        return site.app().articleStore().findById(id).orElseThrow();
    }

    @Test
    void tagSearchMatchesNameOrSlugAnywhereNamesStartingWithTheTextFirstAndTakesWildcardsLiterally() {
        taxonomies().createTag("Old Port", "old-port", "");
        taxonomies().createTag("Port authority", "port-authority", "");
        taxonomies().createTag("100% local", "hundred-local", "");
        taxonomies().createTag("snake_case", "snake-case", "");

        assertThat(taxonomies().findTags("PORT", 10)).extracting(Tag::name).startsWith("Port authority")
                .contains("Old Port");
        assertThat(taxonomies().findTags("%", 10)).extracting(Tag::name).containsExactly("100% local");
        assertThat(taxonomies().findTags("_", 10)).extracting(Tag::name).containsExactly("snake_case");
        assertThat(taxonomies().findTags("port", 1)).hasSize(1);
    }

    @Test
    void mergingATagKeepsOneLinkForAnArticleThatHadBothAndCountsFollow() {
        Tag rain = taxonomies().createTag("Rain", "rain", "");
        Tag wet = taxonomies().createTag("Wet weather", "wet-weather", "");
        long both = site.app().articles().create(Drafts.article("Drizzle and downpour").by(author)
                .tagged(wet.id(), rain.id()).build()).id();
        long one = site.app().articles().create(Drafts.article("Puddles").by(author).tagged(wet.id()).build()).id();

        taxonomies().mergeTag(wet.id(), rain.id());

        assertThat(article(both).tags()).extracting(Tag::slug).containsExactly("rain");
        assertThat(article(one).tags()).extracting(Tag::slug).containsExactly("rain");
        assertThat(taxonomies().findTag(wet.id())).isEmpty();
        assertThat(taxonomies().tagArticleCounts()).containsEntry(rain.id(), 2).doesNotContainKey(wet.id());
    }

    @Test
    void deletingACategoryMovesArticlesAndPrimaryCategoryAndLiftsItsChildren() {
        Category region = taxonomies().createCategory("Region", "region", "", null);
        Category coast = taxonomies().createCategory("Coast", "coast", "", region.id());
        Category villages = taxonomies().createCategory("Villages", "villages", "", coast.id());
        Category inland = taxonomies().createCategory("Inland", "inland", "", null);
        long story = site.app().articles().create(Drafts.article("Lighthouse keeper retires").by(author)
                .in(coast.id(), inland.id()).build()).id();

        taxonomies().deleteCategory(coast.id(), inland.id());

        assertThat(article(story).primaryCategory().slug()).isEqualTo("inland");
        assertThat(article(story).categories()).extracting(Category::slug).containsExactly("inland");
        assertThat(taxonomies().findCategory(villages.id()).orElseThrow().parentId()).isEqualTo(region.id());
        assertThat(taxonomies().categoryArticleCounts()).containsEntry(inland.id(), 1).doesNotContainKey(coast.id());
    }

    @Test
    void mergingATagWhileItsArticlesAreSavedFailsNothingAndLinksEachOnce() throws Exception {
        Tag storm = taxonomies().createTag("Storm", "storm", "");
        Tag gale = taxonomies().createTag("Gale", "gale", "");
        List<Long> reports = reports(draft -> draft.tagged(storm.id()));

        mergeWhileSaving(() -> taxonomies().mergeTag(storm.id(), gale.id()), reports, draft -> draft.tagged(gale.id()));

        for (long id : reports) {
            assertThat(article(id).tags()).extracting(Tag::slug).containsExactly("gale");
        }
        assertThat(taxonomies().findTag(storm.id())).isEmpty();
    }

    @Test
    void mergingACategoryWhileItsArticlesAreSavedFailsNothingAndFilesEachOnce() throws Exception {
        Category squalls = taxonomies().createCategory("Squalls", "squalls", "", null);
        Category weather = taxonomies().createCategory("Weather", "weather", "", null);
        List<Long> reports = reports(draft -> draft.in(squalls.id()));

        mergeWhileSaving(() -> taxonomies().mergeCategory(squalls.id(), weather.id()), reports,
                draft -> draft.in(weather.id()));

        for (long id : reports) {
            assertThat(article(id).primaryCategory().slug()).isEqualTo("weather");
            assertThat(article(id).categories()).extracting(Category::slug).containsExactly("weather");
        }
        assertThat(taxonomies().findCategory(squalls.id())).isEmpty();
    }

    /** Six new articles, each filed as {@code filed} says. */
    private static List<Long> reports(UnaryOperator<Drafts> filed) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(site.app().articles().create(filed.apply(Drafts.article("Report " + i).by(author)).build()).id());
        }
        return ids;
    }

    /** Runs the merge and a save of each article, filed anew as {@code refiled} says, all at once. */
    private static void mergeWhileSaving(Callable<?> merge, List<Long> articles, UnaryOperator<Drafts> refiled)
            throws Exception {
        List<Callable<Object>> atOnce = new ArrayList<>();
        atOnce.add(merge::call);
        for (long id : articles) {
            atOnce.add(() -> site.app().articles().save(id,
                    refiled.apply(Drafts.article("Report " + id + ", revised").by(author)).build(), 1, editor()));
        }
        AtOnce.run(atOnce);
    }

    @Test
    void mergingACategoryMovesItsChildrenUnderTheOther() {
        Category sports = taxonomies().createCategory("Sports", "sports", "", null);
        Category sport = taxonomies().createCategory("Sport", "sport", "", null);
        Category rowing = taxonomies().createCategory("Rowing", "rowing", "", sports.id());

        taxonomies().mergeCategory(sports.id(), sport.id());

        assertThat(taxonomies().findCategory(rowing.id()).orElseThrow().parentId()).isEqualTo(sport.id());
        assertThat(taxonomies().findCategory(sports.id())).isEmpty();
    }
}
