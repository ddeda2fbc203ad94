package press.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.testing.Backend;
import press.masthead.testing.CommandLineRun;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * The correction flow end to end on both databases: an editor adds and amends notes from the command line; readers
 * see them once the running site has heard of the change (SQLite's data version, PostgreSQL's notices).
 */
@OnBothDatabases
class CorrectionsTest {
    static final String PATH = "/2026/06/01/ferry-fares-rise-by-a-fifth/";

    @Parameter
    Backend backend;

    static TestSite site;
    static long articleId;
    static long draftId;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            long author = app.authors().create("Cora Checker", "", "", List.of()).id();
            articleId = app.articles().create(Drafts.article("Ferry fares rise by a fifth").by(author)
                    .publishedAt(Instant.parse("2026-06-01T09:00:00Z")).build()).id();
            draftId = app.articles().create(Drafts.article("Unfinished draft").by(author)
                    .status(ArticleStatus.DRAFT).build()).id();
        });
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    /** The command line against this test's site, as another process that shares its database. */
    private static CommandLineRun cli(String... args) {
        return CommandLineRun.of(CommandLineRun.against(site.app().settings(), args));
    }

    @Test
    void aNoteAddedByAnEditorShowsOnTheArticleTheCorrectionsPageAndInStructuredData() throws Exception {
        CommandLineRun added = cli("correction", "add", "--article", "ferry-fares-rise-by-a-fifth", "--kind", "correction",
                "--text", "An earlier version gave the new adult fare as 3.20; it is 3.10.");
        assertThat(added.exitCode()).as(added.err()).isZero();
        CommandLineRun clarified = cli("correction", "add", "--article", Long.toString(articleId), "--kind", "clarification",
                "--text", "The rise applies from July.");
        assertThat(clarified.exitCode()).isZero();

        Document page = site.pageOnceItShows(PATH, "3.10");
        Element notes = page.selectFirst("section.corrections");
        assertThat(notes).isNotNull();
        assertThat(notes.select(".correction__kind").eachText()).as("newest first")
                .containsSubsequence("Clarification", "Correction");
        assertThat(notes.select(".correction__text").eachText())
                .containsSubsequence("The rise applies from July.", "An earlier version gave the new adult fare as 3.20; it is 3.10.");
        assertThat(notes.select(".correction--clarification time[datetime]")).hasSize(1);

        JsonNode news = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("@graph").get(0);
        assertThat(news.get("correction").size()).isGreaterThanOrEqualTo(2);
        assertThat(news.get("correction").get(0).get("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(news.get("correction").findValuesAsText("text")).anySatisfy(text -> assertThat(text).contains("3.10"));
        assertThat(Instant.parse(news.get("dateModified").asText())).isAfter(Instant.parse("2026-06-01T09:00:00Z"));
        assertThat(page.select("time[datetime]").eachAttr("datetime"))
                .as("the article now shows an updated time").hasSizeGreaterThan(3);

        Document list = site.pageOnceItShows("/corrections/", "The rise applies from July.");
        assertThat(list.select(".corrections__article a").eachAttr("href")).contains(PATH);
        assertThat(list.text()).contains("The rise applies from July.");
        assertThat(site.page("/").select("body > footer a[href=/corrections/]")).isNotEmpty();
    }

    @Test
    void amendingANoteKeepsTheEarlierWordingVisible() {
        Correction note = site.app().corrections().add(articleId, CorrectionKind.UPDATE, "Ferries run hourly.");
        CommandLineRun amended = cli("correction", "amend", Long.toString(note.id()), "--text", "Ferries run every 30 minutes.");
        assertThat(amended.exitCode()).as(amended.err()).isZero();

        Element update = site.pageOnceItShows(PATH, "every 30 minutes").select("section.corrections .correction--update").first();
        assertThat(update.select(".correction__text").text()).isEqualTo("Ferries run every 30 minutes.");
        assertThat(update.select(".correction__earlier del").text()).isEqualTo("Ferries run hourly.");
        assertThat(site.pageOnceItShows("/corrections/", "Ferries run every 30 minutes.").text())
                .contains("Ferries run hourly.");

        CommandLineRun again = cli("correction", "amend", Long.toString(note.id()), "--text", "Rewritten history");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already amended");

        CommandLineRun history = cli("correction", "list", "--article", Long.toString(articleId));
        assertThat(history.out()).contains("Ferries run hourly.").contains("replaces " + note.id());
    }

    @Test
    void notesAreOnlyForPublishedArticlesAndNeedText() {
        assertThatThrownBy(() -> site.app().corrections().add(draftId, CorrectionKind.CORRECTION, "x"))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("is not published");
        assertThatThrownBy(() -> site.app().corrections().add(articleId, CorrectionKind.CORRECTION, "  "))
                .hasMessage("text: is required");
        CommandLineRun badKind = cli("correction", "add", "--article", Long.toString(articleId), "--kind", "retraction", "--text", "x");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("'retraction' is not a kind of note");
        CommandLineRun noArticle = cli("correction", "add", "--article", "no-such-story", "--text", "x");
        assertThat(noArticle.exitCode()).isEqualTo(2);
        assertThat(noArticle.err()).contains("no article has the id or slug 'no-such-story'");
    }
}
