package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.HtmlTrust;
import press.masthead.content.SavedBy;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.SharedSite;
import press.masthead.testing.TestSite;

/** The admin's article pages as plain forms, with no script: what works when JavaScript does not. */
@ExtendWith(SharedSite.class)
@OnBothDatabases
class ArticlePagesTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static AdminClient author;
    static AdminClient editor;
    static long authorProfile;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend, SharedSite.Sites shared) {
        site = shared.on(backend);
        author = AdminClient.as(site, Role.AUTHOR, "pages-author@example.org", "Paula Pages");
        editor = AdminClient.as(site, Role.EDITOR, "pages-editor@example.org", "Emil Pages");
        authorProfile = author.account("pages-author@example.org").authorId();
    }

    private static Map<String, String> form(String headline, String body, String action) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("headline", headline);
        fields.put("body", body);
        fields.put("authors", Long.toString(authorProfile));
        fields.put("tags", "Harbour, Night markets");
        fields.put("action", action);
        return fields;
    }

    private static long idFrom(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
    }

    @Test
    void the_editor_form_creates_an_article_with_new_tags_and_shows_it_saved() {
        HttpResponse<String> created = author.postForm("/admin/articles", form("Night market opens", "Stalls *open*.", "save"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        Document editorPage = author.page("/admin/articles/" + idFrom(created) + "?saved=1");
        assertThat(editorPage.select("[role=status]").text()).contains("Saved.");
        assertThat(editorPage.select("#headline").val()).isEqualTo("Night market opens");
        assertThat(editorPage.select("#tags").val()).isEqualTo("Harbour, Night markets");
        assertThat(editorPage.select("#counts").text()).contains("2 words", "1 min read");
        assertThat(editorPage.select("button[value=publish]")).hasSize(1);
        assertThat(editorPage.select("label[for=imageUrl]")).hasSize(1);
        assertThat(editorPage.select("#pick-featured[data-media-picker]")).hasSize(1);
    }

    @Test
    void a_refused_save_shows_the_message_beside_the_field_and_keeps_what_was_typed() {
        HttpResponse<String> refused = author.postForm("/admin/articles", form("", "Everything I wrote.", "save"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#headline-error").text()).contains("required");
        assertThat(page.select("#headline").attr("aria-describedby")).isEqualTo("headline-error");
        assertThat(page.select("#body").text()).isEqualTo("Everything I wrote.");
    }

    @Test
    void the_form_publishes_on_the_publish_button_and_the_article_is_on_the_site() {
        HttpResponse<String> created = author.postForm("/admin/articles",
                form("Ferry strike called off", "Services run normally.", "publish"));
        long id = idFrom(created);

        Article article = site.app().articleStore().findById(id).orElseThrow();
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(site.page(site.app().renderer().permalinks().article(article)).select("h1").text())
                .contains("Ferry strike called off");
    }

    @Test
    void a_form_save_over_a_newer_version_shows_both_and_keeps_the_writers_text() {
        long id = idFrom(author.postForm("/admin/articles", form("Tide tables", "Original.", "save")));
        Map<String, String> theirs = form("Tide tables corrected", "Editor's correction.", "save");
        theirs.put("version", "1");
        assertThat(editor.postForm("/admin/articles/" + id, theirs).statusCode()).isEqualTo(303);

        Map<String, String> mine = form("Tide tables", "My late change.", "save");
        mine.put("version", "1");
        HttpResponse<String> conflict = author.postForm("/admin/articles/" + id, mine);

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select(".conflict h2").first().text()).contains("Someone else saved");
        assertThat(page.select(".diff-body").text()).contains("Editor's correction.", "My late change.");
        assertThat(page.select("#body").text()).isEqualTo("My late change.");
        assertThat(page.select("input[name=version]").val()).isEqualTo("2");
        assertThat(site.app().articleStore().findById(id).orElseThrow().bodySource()).isEqualTo("Editor's correction.");
    }

    @Test
    void the_list_filters_and_a_bulk_action_reports_each_article_it_could_not_change() {
        Article mine = site.app().articles().create(Drafts.article("Bulk own story").status(ArticleStatus.DRAFT)
                .by(authorProfile).build(), new SavedBy(author.account("pages-author@example.org").id(), "Paula",
                HtmlTrust.SANITIZED));
        Article editors = editorsDraft("Bulk editor story");

        Document list = author.page("/admin/articles?q=bulk");
        HttpResponse<String> bulk = author.postForm("/admin/articles/bulk",
                Map.of("action", "publish", "ids", Long.toString(mine.id())));
        HttpResponse<String> editorDeletes = editor.postForm("/admin/articles/bulk", Map.of("action", "delete",
                "ids", Long.toString(editors.id())));

        assertThat(list.select("tbody a").eachText()).containsExactly("Bulk own story");
        assertThat(bulk.statusCode()).isEqualTo(303);
        assertThat(site.app().articleStore().findById(mine.id()).orElseThrow().isPublic()).isTrue();
        assertThat(editorDeletes.statusCode()).isEqualTo(303);
        assertThat(site.app().articleStore().findById(editors.id())).isEmpty();
        HttpResponse<String> othersRefused = author.postForm("/admin/articles/bulk",
                Map.of("action", "delete", "ids", Long.toString(editorsDraft("Not the author's").id())));
        assertThat(othersRefused.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(othersRefused.body()).select("li").text()).contains("no article");
    }

    private static Article editorsDraft(String headline) {
        long editorProfile = editor.account("pages-editor@example.org").authorId();
        return site.app().articles().create(Drafts.article(headline).status(ArticleStatus.DRAFT).by(editorProfile)
                .build(), new SavedBy(editor.account("pages-editor@example.org").id(), "Emil", HtmlTrust.SANITIZED));
    }

    @Test
    void the_dashboard_lists_my_drafts_what_waits_for_review_and_counts() {
        AdminClient contributor = AdminClient.as(site, Role.CONTRIBUTOR, "pages-contributor@example.org", "Cal Pages");
        long id = idFrom(contributor.postForm("/admin/articles", Map.of("headline", "Contributor's pitch",
                "body", "x", "action", "submit")));

        Document editorsDashboard = editor.page("/admin/");
        Document contributorsDashboard = contributor.page("/admin/");

        assertThat(editorsDashboard.select("#pending-heading + ul a").eachText()).contains("Contributor's pitch");
        assertThat(contributorsDashboard.select("#pending-heading + ul a").eachText()).containsExactly("Contributor's pitch");
        assertThat(contributorsDashboard.select(".counts").text()).contains("1 pending");
        assertThat(site.app().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PENDING);
    }

    @Test
    void a_revision_page_shows_the_change_side_by_side_and_restores_it() {
        long id = idFrom(author.postForm("/admin/articles", form("Rates", "Rates rise.\nBy two points.", "save")));
        Map<String, String> second = form("Rates", "Rates rise.\nBy three points.", "save");
        second.put("version", "1");
        author.postForm("/admin/articles/" + id, second);
        List<String> links = author.page("/admin/articles/" + id + "/revisions").select("tbody a").eachAttr("href");

        Document revision = author.page(links.get(links.size() - 1));
        assertThat(revision.select(".diff-body .row-change .old").text()).contains("By two points.");
        assertThat(revision.select(".diff-body .row-change .new").text()).contains("By three points.");
        HttpResponse<String> restored = author.postForm(revision.select("form[action$=restore]").attr("action"),
                Map.of("version", revision.select("input[name=version]").val()));

        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(site.app().articleStore().findById(id).orElseThrow().bodySource()).isEqualTo("Rates rise.\nBy two points.");
    }
}
