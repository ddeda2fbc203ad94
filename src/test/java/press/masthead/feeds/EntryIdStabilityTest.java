package press.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Tag;
import press.masthead.testing.Drafts;
import press.masthead.testing.TestSite;

/** A reader must see an edited article as the same entry, updated, never as a second one. */
class EntryIdStabilityTest {
    static final Instant WRITTEN = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant EDITED = Instant.parse("2026-11-02T16:45:00Z");

    static TestSite site;
    static FeedClient feeds;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        feeds = new FeedClient(site);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void changingSlugAndHeadlineKeepsTheIdAndMovesTheUpdatedTime() {
        Author author = site.app().authors().create("Rita Rewrite", "", "", List.of());
        Tag tag = site.app().taxonomies().tag("Corrections");
        Article first = site.app().articles(Clock.fixed(WRITTEN, ZoneOffset.UTC)).create(
                Drafts.article("Harbour crane falls over").body("It fell.").by(author.id()).tagged(tag.id())
                        .publishedAt(WRITTEN).build());
        Snapshot before = Snapshot.of("/tag/corrections/");

        site.app().articles(Clock.fixed(EDITED, ZoneOffset.UTC)).update(first.id(),
                Drafts.article("Harbour crane lowered on purpose, port says").slug("harbour-crane-lowered")
                        .body("It was lowered.").by(author.id()).tagged(tag.id()).publishedAt(WRITTEN).build());
        Snapshot after = Snapshot.of("/tag/corrections/");

        assertThat(before.rssGuid()).isEqualTo("tag:127.0.0.1,2026-11-01:article-" + first.id());
        assertThat(after.rssGuid()).isEqualTo(before.rssGuid());
        assertThat(after.atomId()).isEqualTo(before.atomId()).isEqualTo(before.rssGuid());
        assertThat(after.jsonId()).isEqualTo(before.jsonId()).isEqualTo(before.rssGuid());
        assertThat(after.title()).isEqualTo("Harbour crane lowered on purpose, port says");
        assertThat(after.link()).endsWith("/harbour-crane-lowered/").isNotEqualTo(before.link());
        assertThat(before.atomUpdated()).isEqualTo("2026-11-01T10:00:00Z");
        assertThat(after.atomUpdated()).isEqualTo("2026-11-02T16:45:00Z");
        assertThat(after.jsonModified()).isEqualTo("2026-11-02T16:45:00Z");
        assertThat(after.atomPublished()).isEqualTo(before.atomPublished()).isEqualTo("2026-11-01T10:00:00Z");
    }

    /** One article as the three feeds of a list show it. */
    private record Snapshot(String rssGuid, String atomId, String jsonId, String title, String link,
                            String atomPublished, String atomUpdated, String jsonModified) {
        static Snapshot of(String listPath) {
            Xml rss = feeds.rss(listPath + "feed/");
            Xml atom = feeds.atom(listPath + "feed/atom/");
            JsonNode json = feeds.json(listPath + "feed/json/").path("items").get(0);
            return new Snapshot(rss.text("//item/guid"), atom.text("//atom:entry/atom:id"), json.path("id").asText(),
                    rss.text("//item/title"), rss.text("//item/link"), atom.text("//atom:entry/atom:published"),
                    atom.text("//atom:entry/atom:updated"), json.path("date_modified").asText());
        }
    }
}
