package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.PreviewTokens;
import press.masthead.accounts.Role;
import press.masthead.content.SiteSettings;
import press.masthead.store.JdbcSiteSecretStore;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.SharedSite;
import press.masthead.testing.TestSite;

/** The Admin API for articles, through the real server, on both databases. */
@ExtendWith(SharedSite.class)
@OnBothDatabases
class ArticleApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Backend backend;

    static TestSite site;
    static AdminClient contributor;
    static AdminClient author;
    static AdminClient editor;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend, SharedSite.Sites shared) {
        site = shared.on(backend);
        contributor = AdminClient.as(site, Role.CONTRIBUTOR, "api-contributor@example.org", "Cora Contributor");
        author = AdminClient.as(site, Role.AUTHOR, "api-author@example.org", "Arlo Author");
        editor = AdminClient.as(site, Role.EDITOR, "api-editor@example.org", "Edda Editor");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    static JsonNode create(AdminClient client, String headline, String body) {
        HttpResponse<String> created = client.json("POST", "/api/v1/admin/articles",
                "{\"headline\": " + quote(headline) + ", \"body\": " + quote(body) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(JsonNode article) {
        return "/api/v1/admin/articles/" + article.get("id").asLong();
    }

    @Test
    void a_new_article_is_a_draft_owned_by_its_writer_with_their_byline_and_a_version() {
        JsonNode article = create(contributor, "Ferry timetable changes", "The ferry leaves earlier.");

        assertThat(article.get("status").asText()).isEqualTo("draft");
        assertThat(article.get("version").asInt()).isEqualTo(1);
        assertThat(article.get("ownerId").asLong()).isEqualTo(contributor.account("api-contributor@example.org").id());
        assertThat(article.get("authors").get(0).get("name").asText()).isEqualTo("Cora Contributor");
        assertThat(article.get("url").asText()).startsWith("http://");
        assertThat(site.get(java.net.URI.create(article.get("url").asText()).getRawPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_contributor_submits_for_review_but_cannot_publish_and_an_editor_publishes() {
        JsonNode article = create(contributor, "Library opens on Sundays", "From next month.");

        assertThat(contributor.json("POST", path(article) + "/publish", null).statusCode()).isEqualTo(403);
        HttpResponse<String> submitted = contributor.json("POST", path(article) + "/submit", null);
        assertThat(json(submitted).get("status").asText()).isEqualTo("pending");
        HttpResponse<String> published = editor.json("POST", path(article) + "/publish", null);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        String url = java.net.URI.create(json(published).get("url").asText()).getRawPath();
        assertThat(site.page(url).select("h1").text()).contains("Library opens on Sundays");
        assertThat(site.app().auditLog().recent(0, 20)).anyMatch(e -> e.action().equals("article.published")
                && e.subject().contains("Library opens on Sundays"));
    }

    @Test
    void an_author_publishes_and_unpublishes_their_own_article() {
        JsonNode article = create(author, "Harbour festival returns", "Three days of music.");
        String url = java.net.URI.create(json(author.json("POST", path(article) + "/publish", null))
                .get("url").asText()).getRawPath();
        assertThat(site.get(url).statusCode()).isEqualTo(200);

        HttpResponse<String> unpublished = author.json("POST", path(article) + "/unpublish", null);

        assertThat(json(unpublished).get("status").asText()).isEqualTo("unpublished");
        assertThat(site.get(url).statusCode()).isEqualTo(404);
        assertThat(site.app().auditLog().recent(0, 20)).anyMatch(e -> e.action().equals("article.unpublished"));
    }

    @Test
    void a_save_over_a_newer_version_answers_409_with_the_current_article_and_what_differs() {
        JsonNode article = create(author, "Council meets", "First draft.");
        HttpResponse<String> first = editor.json("PUT", path(article),
                "{\"headline\": \"Council meets on Tuesday\", \"body\": \"Editor's text.\", \"version\": 1}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> stale = author.json("PUT", path(article),
                "{\"headline\": \"Council meets\", \"body\": \"Author's text.\", \"version\": 1}");

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode answer = json(stale);
        assertThat(answer.get("error").get("code").asText()).isEqualTo("conflict");
        assertThat(answer.get("current").get("headline").asText()).isEqualTo("Council meets on Tuesday");
        assertThat(answer.get("current").get("version").asInt()).isEqualTo(2);
        assertThat(answer.get("differences").get("fields").toString()).contains("Council meets on Tuesday");
        assertThat(answer.get("differences").get("body").toString()).contains("Editor's text.", "Author's text.");
        JsonNode stored = json(editor.get(path(article)));
        assertThat(stored.get("body").asText()).isEqualTo("Editor's text.");
    }

    @Test
    void fields_left_out_of_a_save_stay_and_a_featured_image_sent_as_null_is_taken_off() {
        HttpResponse<String> created = author.json("POST", "/api/v1/admin/articles", "{\"headline\": \"Pier reopens\","
                + " \"tags\": [\"Piers\"], \"featuredImage\": {\"url\": \"/media/pier.jpg\", \"alt\": \"The pier\"}}");
        JsonNode article = json(created);

        JsonNode kept = json(author.json("PUT", path(article), "{\"standfirst\": \"At last.\", \"version\": 1}"));
        JsonNode removed = json(author.json("PUT", path(article), "{\"featuredImage\": null, \"version\": 2}"));

        assertThat(kept.get("headline").asText()).isEqualTo("Pier reopens");
        assertThat(kept.get("tags").findValuesAsText("name")).containsExactly("Piers");
        assertThat(kept.get("featuredImage").get("alt").asText()).isEqualTo("The pier");
        assertThat(removed.get("featuredImage").isNull()).isTrue();
        assertThat(removed.get("standfirst").asText()).isEqualTo("At last.");
    }

    @Test
    void autosaves_update_the_draft_and_keep_one_autosave_revision_not_one_per_save() {
        JsonNode article = create(author, "Autosaved story", "One.");
        int version = article.get("version").asInt();
        for (String body : List.of("One two.", "One two three.", "One two three four.")) {
            HttpResponse<String> saved = author.json("POST", path(article) + "/autosave",
                    "{\"headline\": \"Autosaved story\", \"body\": " + quote(body) + ", \"version\": " + version + "}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            version = json(saved).get("version").asInt();
        }

        JsonNode revisions = json(author.get(path(article) + "/revisions")).get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("kind").asText()).isEqualTo("autosave");
        assertThat(revisions.get(1).get("kind").asText()).isEqualTo("save");
        assertThat(json(author.get(path(article))).get("body").asText()).isEqualTo("One two three four.");
    }

    @Test
    void an_autosave_of_a_published_article_leaves_what_readers_see_alone() {
        JsonNode article = create(editor, "Published then autosaved", "Live text.");
        JsonNode published = json(editor.json("POST", path(article) + "/publish", null));

        HttpResponse<String> autosaved = editor.json("POST", path(article) + "/autosave",
                "{\"headline\": \"Published then autosaved\", \"body\": \"Unfinished edit.\", \"version\": "
                        + published.get("version").asInt() + "}");

        assertThat(json(autosaved).get("body").asText()).isEqualTo("Live text.");
        String url = java.net.URI.create(published.get("url").asText()).getRawPath();
        assertThat(site.page(url).text()).contains("Live text.").doesNotContain("Unfinished edit.");
        assertThat(json(editor.get(path(article) + "/revisions")).get("revisions").get(0).get("kind").asText())
                .isEqualTo("autosave");
    }

    @Test
    void a_revision_is_compared_with_the_article_and_restored_as_a_new_revision() {
        JsonNode article = create(author, "Bridge works", "Line one.\nLine two.");
        HttpResponse<String> saved = author.json("PUT", path(article),
                "{\"headline\": \"Bridge works extended\", \"body\": \"Line one.\\nLine 2, changed.\", \"version\": 1}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode revisions = json(author.get(path(article) + "/revisions")).get("revisions");
        long first = revisions.get(revisions.size() - 1).get("id").asLong();

        JsonNode diff = json(author.get(path(article) + "/revisions/" + first + "/diff"));
        assertThat(diff.get("fields").get(0).get("field").asText()).isEqualTo("headline");
        assertThat(diff.get("body").toString()).contains("\"change\":\"change\"", "Line two.", "Line 2, changed.");

        HttpResponse<String> restored = author.json("POST", path(article) + "/revisions/" + first + "/restore",
                "{\"version\": " + json(saved).get("version").asInt() + "}");

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).get("headline").asText()).isEqualTo("Bridge works");
        assertThat(json(restored).get("body").asText()).isEqualTo("Line one.\nLine two.");
        JsonNode after = json(author.get(path(article) + "/revisions")).get("revisions");
        assertThat(after).hasSize(revisions.size() + 1);
        assertThat(after.get(0).get("kind").asText()).isEqualTo("restore");
    }

    @Test
    void a_contributors_script_and_event_handlers_are_removed_and_an_editors_raw_html_is_kept() {
        String risky = "Text <script>alert(1)</script><img src=\"/media/x.jpg\" alt=\"x\" onerror=\"alert(2)\">"
                + "<div style=\"color: red\" class=\"box\">Boxed</div><iframe src=\"https://example.com/\"></iframe>";

        String contributed = create(contributor, "Contributed HTML", risky).get("bodyHtml").asText();
        String edited = create(editor, "Edited HTML", risky).get("bodyHtml").asText();

        assertThat(contributed).doesNotContain("<script", "onerror", "style=", "<iframe").contains("Boxed");
        assertThat(edited).contains("<script>alert(1)</script>", "onerror=\"alert(2)\"", "style=\"color: red\"",
                "<iframe");
    }

    @Test
    void lists_filter_by_status_and_text_and_show_writers_only_their_own_articles() {
        create(author, "Zebra crossing planned", "Near the school.");
        create(contributor, "Zebra count at the zoo", "Seven zebras.");

        JsonNode authorsList = json(author.get("/api/v1/admin/articles?q=zebra"));
        JsonNode editorsList = json(editor.get("/api/v1/admin/articles?q=ZEBRA&status=draft"));

        assertThat(authorsList.get("articles").findValuesAsText("headline")).containsExactly("Zebra crossing planned");
        assertThat(editorsList.get("articles").findValuesAsText("headline"))
                .containsExactlyInAnyOrder("Zebra crossing planned", "Zebra count at the zoo");
        assertThat(editorsList.get("total").asInt()).isEqualTo(2);
        assertThat(editor.get("/api/v1/admin/articles?status=gone").statusCode()).isEqualTo(400);
    }

    @Test
    void pages_of_a_list_follow_the_cursor_without_repeating_an_article() {
        for (int i = 1; i <= 5; i++) {
            create(editor, "Paged story " + i, "Body " + i);
        }
        JsonNode first = json(editor.get("/api/v1/admin/articles?q=paged+story&limit=3"));
        JsonNode second = json(editor.get("/api/v1/admin/articles?q=paged+story&limit=3&cursor="
                + first.get("nextCursor").asText()));

        assertThat(first.get("articles")).hasSize(3);
        assertThat(second.get("articles")).hasSize(2);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(first.get("articles").findValuesAsText("headline"))
                .doesNotContainAnyElementsOf(second.get("articles").findValuesAsText("headline"));
    }

    @Test
    void scheduling_takes_a_local_time_in_the_sites_time_zone_and_refuses_a_past_one() {
        SiteSettings settings = site.app().siteSettings().load();
        ZoneId zone = settings.timeZone();
        JsonNode article = create(author, "Scheduled for next year", "Soon.");
        String nextYear = (Instant.now().atZone(zone).getYear() + 1) + "-03-01T09:30";

        JsonNode scheduled = json(author.json("POST", path(article) + "/schedule", "{\"at\": \"" + nextYear + "\"}"));
        HttpResponse<String> past = author.json("POST", path(create(author, "Too late", "x")) + "/schedule",
                "{\"at\": \"2001-01-01T09:00\"}");

        assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");
        assertThat(Instant.parse(scheduled.get("publishedAt").asText()))
                .isEqualTo(java.time.LocalDateTime.parse(nextYear).atZone(zone).toInstant());
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(json(past).get("error").get("field").asText()).isEqualTo("publishAt");
    }

    @Test
    void an_article_scheduled_a_moment_ahead_is_published_by_the_server_itself() {
        JsonNode article = create(editor, "Published by the clock", "On time.");
        String at = Instant.now().plusSeconds(2).toString();
        JsonNode scheduled = json(editor.json("POST", path(article) + "/schedule", "{\"at\": \"" + at + "\"}"));
        String url = java.net.URI.create(scheduled.get("url").asText()).getRawPath();

        // No request asks for it: the scheduler's timer publishes it. Wait up to 20 s under a loaded machine.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (site.app().articleStore().findById(article.get("id").asLong()).orElseThrow().status()
                != press.masthead.content.ArticleStatus.PUBLISHED && System.nanoTime() < deadline) {
            sleep(100);
        }

        assertThat(site.page(url).select("h1").text()).contains("Published by the clock");
    }

    @Test
    void a_draft_is_previewed_in_the_theme_by_its_writer_and_by_a_signed_link_until_it_expires() {
        JsonNode article = create(contributor, "Preview me", "Not public yet.");
        String publicPath = java.net.URI.create(article.get("url").asText()).getRawPath();

        HttpResponse<String> preview = contributor.get("/admin/articles/" + article.get("id").asLong() + "/preview");
        HttpResponse<String> othersPreview = author.get("/admin/articles/" + article.get("id").asLong() + "/preview");
        JsonNode link = json(contributor.json("POST", path(article) + "/preview-link", null));
        String linkPath = java.net.URI.create(link.get("url").asText()).getRawPath();
        HttpResponse<String> shared = AdminClient.anonymous(site).get(linkPath);

        assertThat(site.get(publicPath).statusCode()).isEqualTo(404);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Not public yet.", "noindex");
        assertThat(othersPreview.statusCode()).isEqualTo(404);
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("Not public yet.");
        assertThat(shared.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(shared.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(AdminClient.anonymous(site).get(linkPath.substring(0, linkPath.length() - 2) + "xx").statusCode())
                .isEqualTo(404);
        String token = linkPath.substring("/preview/".length());
        PreviewTokens eightDaysLater = new PreviewTokens(new JdbcSiteSecretStore(site.app().database()),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(8)));
        PreviewTokens now = new PreviewTokens(new JdbcSiteSecretStore(site.app().database()), Clock.systemUTC());
        assertThat(now.verify(token)).hasValue(article.get("id").asLong());
        assertThat(eightDaysLater.verify(token)).isEmpty();
    }

    @Test
    void the_live_preview_renders_a_body_with_the_writers_trust_and_counts_its_words() {
        JsonNode rendered = json(contributor.json("POST", "/api/v1/admin/articles/render",
                "{\"body\": \"**Bold** words here <script>alert(1)</script>\"}"));

        assertThat(rendered.get("html").asText()).contains("<strong>Bold</strong>").doesNotContain("script");
        assertThat(rendered.get("wordCount").asInt()).isEqualTo(3);
        assertThat(rendered.get("readingMinutes").asInt()).isEqualTo(1);
    }

    @Test
    void a_deleted_article_is_gone_and_the_deletion_is_in_the_audit_log() {
        JsonNode article = create(author, "Short-lived story", "Gone soon.");

        assertThat(author.json("DELETE", path(article), null).statusCode()).isEqualTo(204);

        assertThat(author.get(path(article)).statusCode()).isEqualTo(404);
        assertThat(site.app().auditLog().recent(0, 50)).anyMatch(e -> e.action().equals("article.deleted")
                && e.subject().contains("Short-lived story"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
