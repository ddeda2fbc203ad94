package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** The article rules over the real store, on SQLite and on PostgreSQL. */
@OnBothDatabases
class ArticlesTest {
    @Parameter
    Backend backend;
    static TestSite site;
    static long author;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> author = app.authors().create("Rita Writer", "", "", List.of()).id());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static Articles articles() {
        return site.app().articles();
    }

    @Test
    void slugComesFromTheHeadlineAndStaysUnique() {
        Article first = articles().create(Drafts.article("Harbour wall repaired!").by(author).build());
        Article second = articles().create(Drafts.article("Harbour wall: repaired").by(author).build());
        assertThat(first.slug()).isEqualTo("harbour-wall-repaired");
        assertThat(second.slug()).isEqualTo("harbour-wall-repaired-2");
    }

    @Test
    void headlinesInAnyScriptGetAReadableSlug() {
        assertThat(articles().create(Drafts.article("بازگشایی اسکلهٔ قدیمی").by(author).build()).slug())
                .isEqualTo("بازگشایی-اسکلهٔ-قدیمی");
        assertThat(articles().create(Drafts.article("Νέα γέφυρα στο λιμάνι").by(author).build()).slug())
                .isEqualTo("νέα-γέφυρα-στο-λιμάνι");
        assertThat(articles().create(Drafts.article("港口新桥开通").by(author).build()).slug()).isEqualTo("港口新桥开通");
        assertThat(articles().create(Drafts.article("!!! ???").by(author).build()).slug()).isEqualTo("article");
    }

    @Test
    void aRequestedSlugThatIsTakenIsRefusedByName() {
        articles().create(Drafts.article("Ferry timetable").slug("ferry-times").by(author).build());
        assertThatThrownBy(() -> articles().create(Drafts.article("Other").slug("ferry-times").by(author).build()))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("slug: 'ferry-times' is already used by another article");
    }

    @Test
    void requiredFieldsAndFormatsAreCheckedWithTheFieldNamed() {
        assertThatThrownBy(() -> articles().create(Drafts.article("  ").by(author).build()))
                .hasMessage("headline: is required");
        assertThatThrownBy(() -> articles().create(Drafts.article("No byline").build()))
                .hasMessageStartingWith("authors: an article needs at least one author");
        assertThatThrownBy(() -> articles().create(Drafts.article("Later").status(ArticleStatus.SCHEDULED).by(author).build()))
                .hasMessageStartingWith("publishedAt:");
        assertThatThrownBy(() -> articles().create(Drafts.article("Bad link").canonicalUrl("example.com/x").by(author).build()))
                .hasMessage("canonicalUrl: 'example.com/x' is not an absolute http(s) URL");
        assertThatThrownBy(() -> articles().create(Drafts.article("Bad language").language("farsi!").by(author).build()))
                .hasMessageStartingWith("language: 'farsi!' is not a language tag");
        assertThatThrownBy(() -> articles().create(Drafts.article("x".repeat(301)).by(author).build()))
                .hasMessageStartingWith("headline: is 301 characters long");
    }

    @Test
    void bodyIsRenderedOnceAtSaveTimeWithAnExcerptAndWordCount() {
        Article article = articles().create(Drafts.article("Rendered").by(author)
                .body("First paragraph with **bold** words.\n\n<script>alert(1)</script>").build());
        assertThat(article.bodyHtml()).contains("<strong>bold</strong>").doesNotContain("<script");
        assertThat(article.excerpt()).isEqualTo("First paragraph with bold words.");
        assertThat(article.wordCount()).isEqualTo(5);
    }

    @Test
    void changingAPublishedArticlesSlugRedirectsItsOldUrl() {
        Instant published = Instant.parse("2026-03-04T10:00:00Z");
        Article article = articles().create(Drafts.article("Bridge closes for repairs").by(author)
                .publishedAt(published).build());
        articles().update(article.id(), Drafts.article("Bridge closes for two weeks of repairs").by(author)
                .slug("bridge-closes-two-weeks").publishedAt(published).build());
        HttpResponse<String> old = site.get("/2026/03/04/bridge-closes-for-repairs/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/2026/03/04/bridge-closes-two-weeks/");
        assertThat(site.get("/2026/03/04/bridge-closes-two-weeks/").statusCode()).isEqualTo(200);
    }

    @Test
    void unpublishingTakesAnArticleOffTheSite() {
        Instant published = Instant.parse("2026-03-05T10:00:00Z");
        Article article = articles().create(Drafts.article("Withdrawn story").by(author).publishedAt(published).build());
        assertThat(site.get("/2026/03/05/withdrawn-story/").statusCode()).isEqualTo(200);
        articles().update(article.id(), Drafts.article("Withdrawn story").by(author).status(ArticleStatus.DRAFT)
                .publishedAt(published).build());
        assertThat(site.get("/2026/03/05/withdrawn-story/").statusCode()).isEqualTo(404);
    }
}
