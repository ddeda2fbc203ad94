package press.masthead.admin.taxonomy;

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
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class TaxonomyAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient editor;
    private static long authorId;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> authorId = app.authors().create("Ada Reporter", "", "", List.of()).id());
        editor = AdminClient.as(site, Role.EDITOR);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static long article(String headline, Drafts draft) {
        return site.app().articles().create(draft.by(authorId).build()).id();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void renaming_a_tag_moves_its_archive_and_the_old_address_answers_301() {
        Tag tag = site.app().taxonomies().createTag("Ferries", "ferries", "");
        article("Ferry timetable", Drafts.article("Ferry timetable").tagged(tag.id()));
        assertThat(site.get("/tag/ferries/").statusCode()).isEqualTo(200);

        HttpResponse<String> renamed = editor.json("PUT", "/api/v1/admin/tags/" + tag.id(),
                Json.object("name", "Boats", "slug", "boats", "description", "On the water"));

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Json.of(renamed).get("path").asText()).isEqualTo("/tag/boats/");
        assertThat(site.page("/tag/boats/").text()).contains("Ferry timetable").contains("Boats");
        HttpResponse<String> old = site.get("/tag/ferries/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).endsWith("/tag/boats/");
        assertThat(location(site.get("/tag/ferries/page/2/"))).endsWith("/tag/boats/page/2/");
    }

    @Test
    void merging_a_tag_moves_its_articles_and_its_address_to_the_other() {
        Tag weather = site.app().taxonomies().createTag("Weather", "weather", "");
        Tag storms = site.app().taxonomies().createTag("Storms", "storms", "");
        article("Gale warning", Drafts.article("Gale warning").tagged(storms.id()));
        article("Storm and sun", Drafts.article("Storm and sun").tagged(storms.id(), weather.id()));

        HttpResponse<String> merged = editor.json("POST", "/api/v1/admin/tags/" + storms.id() + "/merge",
                Json.object("into", weather.id()));

        assertThat(merged.statusCode()).isEqualTo(200);
        assertThat(Json.of(merged).get("articles").asInt()).isEqualTo(2);
        assertThat(site.page("/tag/weather/").text()).contains("Gale warning").contains("Storm and sun");
        assertThat(location(site.get("/tag/storms/"))).endsWith("/tag/weather/");
        assertThat(site.app().auditLog().recent(0, 100)).extracting(AuditEntry::action).contains("tag.merged");
    }

    @Test
    void deleting_a_tag_gives_its_articles_the_replacement_or_nothing() {
        Tag old = site.app().taxonomies().createTag("Old news", "old-news", "");
        Tag kept = site.app().taxonomies().createTag("Archive", "archive", "");
        Tag gone = site.app().taxonomies().createTag("Gone", "gone", "");
        long first = article("Kept story", Drafts.article("Kept story").tagged(old.id()));
        long second = article("Untagged story", Drafts.article("Untagged story").tagged(gone.id()));

        assertThat(editor.json("DELETE", "/api/v1/admin/tags/" + old.id() + "?replacement=" + kept.id(), null)
                .statusCode()).isEqualTo(204);
        assertThat(editor.json("DELETE", "/api/v1/admin/tags/" + gone.id(), null).statusCode()).isEqualTo(204);

        assertThat(site.app().articleStore().findById(first).orElseThrow().tags()).extracting(Tag::slug)
                .containsExactly("archive");
        assertThat(site.app().articleStore().findById(second).orElseThrow().tags()).isEmpty();
        assertThat(site.get("/tag/old-news/").statusCode()).isEqualTo(404);
    }

    @Test
    void the_tag_autocomplete_offers_matching_tags_with_id_name_and_slug_to_every_writer() {
        site.app().taxonomies().createTag("Harbour works", "harbour-works", "");
        site.app().taxonomies().createTag("The old harbour", "old-harbour", "");
        site.app().taxonomies().createTag("Trams", "trams", "");
        AdminClient contributor = AdminClient.as(site, Role.CONTRIBUTOR);

        HttpResponse<String> answer = contributor.get("/api/v1/admin/tags?q=harb");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode tags = Json.of(answer).get("tags");
        assertThat(tags.findValuesAsText("name")).containsExactly("Harbour works", "The old harbour");
        assertThat(tags.get(0).get("slug").asText()).isEqualTo("harbour-works");
        assertThat(tags.get(0).get("id").asLong()).isPositive();
        assertThat(Json.of(contributor.get("/api/v1/admin/tags?q=100%25")).get("tags")).isEmpty();
        assertThat(contributor.json("POST", "/api/v1/admin/tags", Json.object("name", "Mine")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void renaming_a_nested_category_redirects_it_and_its_subcategories() {
        Category news = site.app().taxonomies().createCategory("Local", "local", "", null);
        Category transport = site.app().taxonomies().createCategory("Transport", "transport", "", news.id());
        Category buses = site.app().taxonomies().createCategory("Buses", "buses", "", transport.id());
        article("New bus route", Drafts.article("New bus route").in(buses.id()));

        HttpResponse<String> renamed = editor.json("PUT", "/api/v1/admin/categories/" + transport.id(),
                Json.object("name", "Getting around", "slug", "getting-around", "description", "",
                        "parentId", news.id()));

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Json.of(renamed).get("path").asText()).isEqualTo("/category/local/getting-around/");
        assertThat(location(site.get("/category/local/transport/"))).endsWith("/category/local/getting-around/");
        assertThat(location(site.get("/category/local/transport/buses/")))
                .endsWith("/category/local/getting-around/buses/");
        assertThat(site.page("/category/local/getting-around/buses/").text()).contains("New bus route");
    }

    @Test
    void moving_a_category_under_another_refuses_cycles_and_old_paths_follow() {
        Category sport = site.app().taxonomies().createCategory("Sport", "sport", "", null);
        Category football = site.app().taxonomies().createCategory("Football", "football", "", sport.id());
        Category leisure = site.app().taxonomies().createCategory("Leisure", "leisure", "", null);

        HttpResponse<String> cycle = editor.json("PUT", "/api/v1/admin/categories/" + sport.id(),
                Json.object("name", "Sport", "slug", "sport", "description", "", "parentId", football.id()));
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(Json.of(cycle).at("/error/field").asText()).isEqualTo("parent");
        assertThat(Json.of(cycle).at("/error/message").asText()).contains("cannot be moved under itself");

        HttpResponse<String> moved = editor.json("PUT", "/api/v1/admin/categories/" + sport.id(),
                Json.object("name", "Sport", "slug", "", "description", "", "parentId", leisure.id()));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(location(site.get("/category/sport/football/"))).endsWith("/category/leisure/sport/football/");
        assertThat(location(site.get("/category/sport/"))).endsWith("/category/leisure/sport/");
    }

    @Test
    void merging_a_category_moves_articles_and_subcategories_and_redirects_its_address() {
        Category arts = site.app().taxonomies().createCategory("Arts", "arts", "", null);
        Category culture = site.app().taxonomies().createCategory("Culture", "culture", "", null);
        Category film = site.app().taxonomies().createCategory("Film", "film", "", culture.id());
        long review = article("Harbour film review", Drafts.article("Harbour film review").in(culture.id()));

        HttpResponse<String> intoChild = editor.json("POST", "/api/v1/admin/categories/" + culture.id() + "/merge",
                Json.object("into", film.id()));
        assertThat(intoChild.statusCode()).isEqualTo(400);

        assertThat(editor.json("POST", "/api/v1/admin/categories/" + culture.id() + "/merge",
                Json.object("into", arts.id())).statusCode()).isEqualTo(200);

        assertThat(site.app().articleStore().findById(review).orElseThrow().primaryCategory().slug()).isEqualTo("arts");
        assertThat(location(site.get("/category/culture/"))).endsWith("/category/arts/");
        assertThat(location(site.get("/category/culture/film/"))).endsWith("/category/arts/film/");
    }

    @Test
    void deleting_a_category_with_articles_needs_a_replacement() {
        Category weekly = site.app().taxonomies().createCategory("Weekly", "weekly", "", null);
        Category daily = site.app().taxonomies().createCategory("Daily", "daily", "", null);
        long story = article("Weekly roundup", Drafts.article("Weekly roundup").in(weekly.id()));

        HttpResponse<String> refused = editor.json("DELETE", "/api/v1/admin/categories/" + weekly.id(), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Json.of(refused).at("/error/field").asText()).isEqualTo("replacement");
        assertThat(Json.of(refused).at("/error/message").asText()).isEqualTo(
                "1 article is in 'Weekly'; choose the category they move to");

        assertThat(editor.json("DELETE", "/api/v1/admin/categories/" + weekly.id() + "?replacement=" + daily.id(),
                null).statusCode()).isEqualTo(204);
        assertThat(site.app().articleStore().findById(story).orElseThrow().categories()).extracting(Category::slug)
                .containsExactly("daily");
    }

    @Test
    void the_page_lists_the_tree_and_its_forms_create_rename_and_report_errors_beside_the_field() {
        HttpResponse<String> created = editor.postForm("/admin/taxonomies/categories",
                Map.of("name", "Opinion", "slug", "opinion", "parentId", "", "description", ""));
        assertThat(created.statusCode()).isEqualTo(303);
        Document overview = editor.page(location(created));
        assertThat(overview.select(".notice").text()).isEqualTo("The category is created.");
        String edit = overview.select("a:containsOwn(Opinion)").attr("href");

        HttpResponse<String> taken = editor.postForm("/admin/taxonomies/tags",
                Map.of("name", "Opinion tag", "slug", "x"));
        assertThat(taken.statusCode()).isEqualTo(303);
        HttpResponse<String> duplicate = editor.postForm("/admin/taxonomies/tags",
                Map.of("name", "Another", "slug", "x"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(duplicate.body());
        assertThat(form.select("#tag-slug-error").text()).isEqualTo("'x' is already used by another tag");
        assertThat(form.select("#tag-name").val()).isEqualTo("Another");

        HttpResponse<String> renamed = editor.postForm(edit,
                Map.of("name", "Comment", "slug", "comment", "parentId", "", "description", ""));
        assertThat(renamed.statusCode()).isEqualTo(303);
        assertThat(editor.page(location(renamed)).select("h1").text()).isEqualTo("Category “Comment”");
        assertThat(location(site.get("/category/opinion/"))).endsWith("/category/comment/");

        HttpResponse<String> noName = editor.postForm(edit, Map.of("name", " ", "slug", "comment", "parentId", ""));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noName.body()).select("#name-error").text()).isEqualTo("is required");
    }

    @Test
    void an_author_may_read_the_tags_but_not_open_the_taxonomy_admin() {
        AdminClient author = AdminClient.as(site, Role.AUTHOR);
        assertThat(author.get("/api/v1/admin/categories").statusCode()).isEqualTo(200);
        assertThat(author.get("/admin/taxonomies").statusCode()).isEqualTo(403);
    }
}
