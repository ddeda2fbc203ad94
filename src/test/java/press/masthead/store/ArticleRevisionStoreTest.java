package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.content.ArticleConflictException;
import press.masthead.content.Articles;
import press.masthead.content.HtmlTrust;
import press.masthead.content.Revision;
import press.masthead.content.RevisionKind;
import press.masthead.content.SavedBy;
import press.masthead.testing.AtOnce;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * Saves of one article racing, on both databases: of saves made from the same version exactly one wins, and a
 * writer's autosaves of a published article, from two browsers at once, leave one autosave, never a pile.
 */
@OnBothDatabases
class ArticleRevisionStoreTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static long author;
    static SavedBy writer;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
        var account = site.app().accounts().create("racing@example.org", "Rae Racing", Role.AUTHOR, null);
        author = account.authorId();
        writer = new SavedBy(account.id(), account.name(), HtmlTrust.SANITIZED);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static Articles articles() {
        return site.app().articles();
    }

    private static Drafts draft(String slug, String headline) {
        return Drafts.article(headline).slug(slug).by(author);
    }

    @Test
    void ofSavesMadeFromTheSameVersionAtOnceExactlyOneWins() throws Exception {
        long id = articles().create(draft("saved-at-once", "First version").build()).id();
        List<Callable<Boolean>> saving = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String headline = "Edit number " + i;
            saving.add(() -> {
                try {
                    articles().save(id, draft("saved-at-once", headline).build(), 1, writer);
                    return true;
                } catch (ArticleConflictException e) {
                    return false;
                }
            });
        }

        List<Boolean> saved = AtOnce.run(saving);

        assertThat(saved).containsOnlyOnce(true);
        assertThat(site.app().articleStore().findById(id).orElseThrow().version()).isEqualTo(2);
        assertThat(site.app().articleStore().revisions(id)).extracting(Revision::kind)
                .containsExactly(RevisionKind.SAVE);
    }

    @Test
    void autosavesOfAPublishedArticleFromTwoBrowsersAtOnceLeaveOneAutosaveWheneverTheyAreRead() throws Exception {
        long id = articles().create(draft("autosaved-at-once", "Published version").build()).id();
        List<Callable<List<Long>>> browsers = new ArrayList<>();
        for (int browser = 0; browser < 4; browser++) {
            String name = "browser " + browser;
            browsers.add(() -> {
                List<Long> autosavesSeen = new ArrayList<>();
                for (int tick = 0; tick < 10; tick++) {
                    articles().autosave(id, draft("autosaved-at-once", name + " tick " + tick).build(), 1, writer);
                    autosavesSeen.add(site.app().articleStore().revisions(id).stream()
                            .filter(revision -> revision.kind() == RevisionKind.AUTOSAVE).count());
                }
                return autosavesSeen;
            });
        }

        List<List<Long>> seen = AtOnce.run(browsers);

        assertThat(seen).flatExtracting(counts -> counts).containsOnly(1L);
        assertThat(site.app().articleStore().findById(id).orElseThrow().headline()).isEqualTo("Published version");
    }
}
