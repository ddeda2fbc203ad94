package press.masthead.admin.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.content.ArticleStatus;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class CorrectionAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient editor;
    private static long published;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            long author = app.authors().create("Ada Reporter", "", "", List.of()).id();
            published = app.articles().create(Drafts.article("Council passes budget").slug("council-budget")
                    .by(author).build()).id();
            app.articles().create(Drafts.article("Unfinished piece").slug("unfinished").status(ArticleStatus.DRAFT)
                    .by(author).build());
        });
        editor = AdminClient.as(site, Role.EDITOR);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static String articlePath() {
        return Json.of(editor.get("/api/v1/admin/corrections")).at("/notes/0/articleUrl").asText()
                .replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void a_note_added_and_amended_through_the_api_shows_on_the_article_with_its_earlier_wording() {
        HttpResponse<String> added = editor.json("POST", "/api/v1/admin/corrections", Json.object(
                "article", "council-budget", "kind", "correction", "text", "The vote was 31 to 12, not 30 to 13."));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode note = Json.of(added);
        assertThat(note.get("headline").asText()).isEqualTo("Council passes budget");
        assertThat(note.get("kindLabel").asText()).isEqualTo("Correction");
        assertThat(site.page(articlePath()).text()).contains("The vote was 31 to 12, not 30 to 13.");

        HttpResponse<String> amended = editor.json("POST", "/api/v1/admin/corrections/" + note.get("id").asLong()
                + "/amend", Json.object("text", "The vote was 31 to 12."));

        assertThat(amended.statusCode()).isEqualTo(201);
        assertThat(Json.of(amended).at("/earlier/0/text").asText()).isEqualTo("The vote was 31 to 12, not 30 to 13.");
        Document page = site.page(articlePath());
        assertThat(page.text()).contains("The vote was 31 to 12.");
        assertThat(page.select("del, s").text()).contains("The vote was 31 to 12, not 30 to 13.");
        assertThat(editor.page("/admin/corrections").select(".note del").text())
                .contains("The vote was 31 to 12, not 30 to 13.");
        assertThat(site.app().auditLog().recent(0, 50)).extracting(AuditEntry::action)
                .contains("correction.added", "correction.amended");
    }

    @Test
    void notes_are_refused_on_drafts_and_with_an_unknown_kind_naming_the_field() {
        HttpResponse<String> draft = editor.json("POST", "/api/v1/admin/corrections",
                Json.object("article", "unfinished", "kind", "update", "text", "Later."));
        assertThat(draft.statusCode()).isEqualTo(400);
        assertThat(Json.of(draft).at("/error/field").asText()).isEqualTo("article");
        assertThat(Json.of(draft).at("/error/message").asText()).contains("is not published");

        HttpResponse<String> kind = editor.json("POST", "/api/v1/admin/corrections",
                Json.object("article", Long.toString(published), "kind", "retraction", "text", "Gone."));
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(Json.of(kind).at("/error/field").asText()).isEqualTo("kind");
    }

    @Test
    void the_page_adds_a_note_and_puts_each_message_beside_its_field() {
        HttpResponse<String> refused = editor.postForm("/admin/corrections",
                Map.of("article", "no-such-article", "kind", "clarification", "text", "Kept text"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#article-error").text()).isEqualTo("no article has the id or slug 'no-such-article'");
        assertThat(form.select("#text").text()).isEqualTo("Kept text");
        assertThat(form.select("#kind option[selected]").val()).isEqualTo("clarification");

        HttpResponse<String> added = editor.postForm("/admin/corrections",
                Map.of("article", "council-budget", "kind", "update", "text", "The mayor signed it on Friday."));
        assertThat(added.statusCode()).isEqualTo(303);
        Document list = editor.page("/admin/corrections?done=added");
        assertThat(list.select(".note").first().text()).contains("Update").contains("The mayor signed it on Friday.");

        String amend = list.select(".note form").first().attr("action");
        HttpResponse<String> empty = editor.postForm(amend, Map.of("text", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        String id = amend.replaceAll("\\D", "");
        assertThat(Jsoup.parse(empty.body()).select("#amend-" + id + "-error").text()).isEqualTo("is required");
    }
}
