package press.masthead.admin.authors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.content.Author;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.Json;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class AuthorAdminTest {
    @Parameter
    Backend backend;

    private static TestSite site;
    private static AdminClient author;
    private static long ownProfile;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
        author = AdminClient.as(site, Role.AUTHOR);
        ownProfile = author.account("author@example.org").authorId();
        site.app().articles().create(Drafts.article("Harbour notes").by(ownProfile).build());
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void an_author_edits_their_own_profile_and_the_public_archive_shows_it_at_once() {
        String slug = site.app().authors().find(ownProfile).orElseThrow().slug();
        site.page("/author/" + slug + "/");

        HttpResponse<String> saved = author.json("PUT", "/api/v1/admin/authors/" + ownProfile, Json.object(
                "name", "Test author", "bio", "Covers the harbour since 2019.", "avatarUrl", "/media/me.jpg",
                "links", List.of(Map.of("label", "Website", "url", "https://example.org/"))));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Json.of(saved).at("/links/0/url").asText()).isEqualTo("https://example.org/");
        assertThat(site.page("/author/" + slug + "/").text()).contains("Covers the harbour since 2019.");
        assertThat(Json.of(author.get("/api/v1/admin/authors")).get("authors").findValuesAsText("id"))
                .containsExactly(Long.toString(ownProfile));
    }

    @Test
    void only_an_admin_edits_someone_elses_profile() {
        long other = site.app().authors().create("Someone Else", "", "", List.of()).id();
        AdminClient editor = AdminClient.as(site, Role.EDITOR);
        String change = Json.object("name", "Renamed", "bio", "", "avatarUrl", "", "links", List.of());

        assertThat(editor.json("PUT", "/api/v1/admin/authors/" + other, change).statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/authors/" + other).statusCode()).isEqualTo(403);
        assertThat(AdminClient.as(site, Role.ADMIN).json("PUT", "/api/v1/admin/authors/" + other, change).statusCode())
                .isEqualTo(200);
        assertThat(site.app().authors().find(other).orElseThrow().name()).isEqualTo("Renamed");
    }

    @Test
    void a_bad_portrait_or_link_is_refused_by_field() {
        HttpResponse<String> avatar = author.json("PUT", "/api/v1/admin/authors/" + ownProfile, Json.object(
                "name", "Test author", "bio", "", "avatarUrl", "javascript:alert(1)", "links", List.of()));
        assertThat(avatar.statusCode()).isEqualTo(400);
        assertThat(Json.of(avatar).at("/error/field").asText()).isEqualTo("avatarUrl");

        HttpResponse<String> link = author.json("PUT", "/api/v1/admin/authors/" + ownProfile, Json.object(
                "name", "Test author", "bio", "", "avatarUrl", "", "links", List.of(Map.of("label", "", "url", "https://x.org/"))));
        assertThat(link.statusCode()).isEqualTo(400);
        assertThat(Json.of(link).at("/error/field").asText()).isEqualTo("links");
    }

    @Test
    void the_form_leads_an_author_to_their_own_profile_and_keeps_typed_links_on_a_refusal() {
        HttpResponse<String> list = author.get("/admin/authors");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValue("/admin/authors/" + ownProfile);

        HttpResponse<String> refused = author.postForm("/admin/authors/" + ownProfile, Map.of("name", "Test author",
                "bio", "Typed bio", "avatarUrl", "", "linkLabel0", "Mastodon", "linkUrl0", "social.example/@me",
                "linkLabel1", "", "linkUrl1", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("#links-error").text()).contains("'Mastodon' needs a web address");
        assertThat(form.select("#linkUrl0").val()).isEqualTo("social.example/@me");
        assertThat(form.select("#bio").text()).isEqualTo("Typed bio");

        HttpResponse<String> saved = author.postForm("/admin/authors/" + ownProfile, Map.of("name", "Test author",
                "bio", "", "avatarUrl", "", "linkLabel0", "Mastodon", "linkUrl0", "https://social.example/@me"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(site.app().authors().find(ownProfile).orElseThrow().links())
                .containsExactly(new Author.Link("Mastodon", "https://social.example/@me"));
    }
}
