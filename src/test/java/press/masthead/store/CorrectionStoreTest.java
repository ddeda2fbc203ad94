package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Correction;
import press.masthead.content.CorrectionKind;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * Notes on articles as the store keeps them, on both databases: every wording stays on record, newest first, and the
 * public list shows only the latest wording of notes on published articles. (The command-line flow is
 * {@code content.CorrectionsTest}.)
 */
@OnBothDatabases
class CorrectionStoreTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static long published;
    static long unpublishedLater;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            long author = app.authors().create("Cora Checker", "", "", List.of()).id();
            published = app.articles().create(Drafts.article("Ferry fares rise by a fifth").by(author)
                    .publishedAt(Instant.parse("2026-06-01T09:00:00Z")).build()).id();
            unpublishedLater = app.articles().create(Drafts.article("Harbour wall repaired").by(author)
                    .publishedAt(Instant.parse("2026-06-02T09:00:00Z")).build()).id();
        });
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void everyWordingStaysOnRecordAndOnlyTheLatestIsListed() {
        Correction fare = site.app().corrections().add(published, CorrectionKind.CORRECTION, "The fare is 3.10.");
        Correction hourly = site.app().corrections().add(published, CorrectionKind.UPDATE, "Ferries run hourly.");
        Correction halfHourly = site.app().corrections().amend(hourly.id(), "Ferries run every 30 minutes.");
        Correction wall = site.app().corrections().add(unpublishedLater, CorrectionKind.CLARIFICATION, "Only the east wall.");
        site.app().articles().update(unpublishedLater, Drafts.article("Harbour wall repaired")
                .by(site.app().importSite().authorStore().all().get(0).id()).status(ArticleStatus.DRAFT).build());

        assertThat(site.app().corrections().history(published)).extracting(Correction::id)
                .containsExactly(halfHourly.id(), hourly.id(), fare.id());
        assertThat(halfHourly.replaces()).isEqualTo(hourly.id());

        Document list = site.page("/corrections/");
        assertThat(list.select(".corrections__article a").eachText()).containsOnly("Ferry fares rise by a fifth");
        assertThat(list.text()).contains("Ferries run every 30 minutes.", "The fare is 3.10.")
                .doesNotContain(wall.text());
    }
}
