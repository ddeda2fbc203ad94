package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static press.masthead.search.SearchPageTest.resultLinks;
import static press.masthead.search.SearchPageTest.search;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.testing.Drafts;
import press.masthead.testing.TestSite;

/** The index follows the newsroom at once: publishing, changing and unpublishing show in the next search. */
class SearchIndexFollowsPublishingTest {
    TestSite site;
    Author author;

    @BeforeEach
    void start() {
        site = TestSite.start();
        author = site.app().authors().create("Ada Reporter", "", "", List.of());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int found(String words) {
        return resultLinks(site.page(search(words))).size();
    }

    @Test
    void aDraftIsFoundOnlyOnceItIsPublished() {
        Article draft = site.app().articles().create(Drafts.article("Zebra crossing repainted")
                .status(ArticleStatus.DRAFT).by(author.id()).build());
        assertThat(found("zebra")).isZero();
        site.app().articles().update(draft.id(), Drafts.article("Zebra crossing repainted").by(author.id()).build());
        assertThat(found("zebra")).isEqualTo(1);
    }

    @Test
    void aChangedHeadlineIsSearchableAndTheOldOneIsNot() {
        Article article = site.app().articles().create(Drafts.article("Zebra crossing repainted")
                .by(author.id()).build());
        assertThat(found("zebra")).isEqualTo(1);
        site.app().articles().update(article.id(), Drafts.article("Giraffe statue unveiled in the park")
                .by(author.id()).build());
        assertThat(found("giraffe")).isEqualTo(1);
        assertThat(found("zebra")).isZero();
    }

    @Test
    void anUnpublishedArticleIsNoLongerFound() {
        Article article = site.app().articles().create(Drafts.article("Zebra crossing repainted")
                .by(author.id()).build());
        assertThat(found("zebra")).isEqualTo(1);
        site.app().articles().update(article.id(), Drafts.article("Zebra crossing repainted")
                .status(ArticleStatus.DRAFT).by(author.id()).build());
        assertThat(found("zebra")).isZero();
    }
}
