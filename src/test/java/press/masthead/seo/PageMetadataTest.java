package press.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.masthead.testing.Drafts;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

/** Open Graph, Twitter cards and JSON-LD, read back from the served pages. */
class PageMetadataTest {
    static final String LEAD = "/2026/10/15/tram-line-extension-approved-after-marathon-session/";
    static final String HOSTILE = "</script><script>alert(1)</script> & <!-- \"quoted\"";
    static TestSite site;
    static String hostilePath;

    @BeforeAll
    static void start() {
        site = TestSite.start(app -> {
            Newsroom.seed(app);
            long author = app.authors().create("Hana Test", "", "", List.of()).id();
            var article = app.articles().create(Drafts.article(HOSTILE).by(author)
                    .publishedAt(Instant.parse("2026-10-20T10:00:00Z")).build());
            hostilePath = app.renderer().permalinks().article(article);
        });
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).as("JSON-LD script").isNotNull();
        return new ObjectMapper().readTree(script.data());
    }

    private static JsonNode node(JsonNode document, String type) {
        for (JsonNode node : document.get("@graph")) {
            if (type.equals(node.path("@type").asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + type + " in " + document);
    }

    private static Map<String, List<String>> openGraph(Document page) {
        return page.select("meta[property]").stream().collect(Collectors.groupingBy(e -> e.attr("property"),
                Collectors.mapping(e -> e.attr("content"), Collectors.toList())));
    }

    @Test
    void articleCarriesNewsArticleFieldByField() throws Exception {
        Document page = site.page(LEAD);
        JsonNode document = jsonLd(page);
        assertThat(document.get("@context").asText()).isEqualTo("https://schema.org");
        JsonNode news = node(document, "NewsArticle");
        String url = site.url(LEAD);
        assertThat(news.get("headline").asText()).isEqualTo(Newsroom.LEAD_HEADLINE);
        assertThat(news.get("description").asText()).startsWith("Councillors back the eastern extension");
        assertThat(news.get("image").get("url").asText()).isEqualTo(site.url("/media/tram-hero.jpg"));
        assertThat(news.get("datePublished").asText()).isEqualTo("2026-10-15T08:30:00Z");
        assertThat(news.get("dateModified").asText()).isEqualTo("2026-10-16T12:00:00Z");
        assertThat(news.get("author")).hasSize(2);
        assertThat(news.get("author").get(0).get("@type").asText()).isEqualTo("Person");
        assertThat(news.get("author").get(0).get("name").asText()).isEqualTo("Ada Reporter");
        assertThat(news.get("author").get(0).get("url").asText()).isEqualTo(site.url("/author/ada-reporter/"));
        JsonNode publisher = news.get("publisher");
        assertThat(publisher.get("@type").asText()).isEqualTo("Organization");
        assertThat(publisher.get("name").asText()).isEqualTo("The Test Gazette");
        assertThat(publisher.get("logo").get("url").asText()).isEqualTo(site.url("/assets/logo.png"));
        assertThat(publisher.get("logo").get("width").asInt()).isEqualTo(512);
        assertThat(news.get("mainEntityOfPage").get("@id").asText()).isEqualTo(url);
        assertThat(news.get("articleSection").asText()).isEqualTo("Transport");
        assertThat(news.get("keywords").asText()).isEqualTo("Waterfront, Budget");
        assertThat(news.get("inLanguage").asText()).isEqualTo("en");
        assertThat(news.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(news.get("copyrightYear").asInt()).isEqualTo(2026);
        assertThat(news.get("copyrightHolder").get("name").asText()).isEqualTo("The Test Gazette");
        assertThat(news.has("correction")).isFalse();
    }

    @Test
    void articleHasBreadcrumbsThroughItsCategoryTree() throws Exception {
        JsonNode crumbs = node(jsonLd(site.page(LEAD)), "BreadcrumbList").get("itemListElement");
        assertThat(crumbs).hasSize(4);
        assertThat(crumbs.get(0).get("item").asText()).isEqualTo(site.url("/"));
        assertThat(crumbs.get(1).get("item").asText()).isEqualTo(site.url("/category/news/"));
        assertThat(crumbs.get(2).get("item").asText()).isEqualTo(site.url("/category/news/transport/"));
        assertThat(crumbs.get(3).get("item").asText()).isEqualTo(site.url(LEAD));
        assertThat(crumbs.get(3).get("position").asInt()).isEqualTo(4);
    }

    @Test
    void articleCarriesOpenGraphAndATwitterCard() {
        Document page = site.page(LEAD);
        Map<String, List<String>> og = openGraph(page);
        assertThat(og.get("og:type")).containsExactly("article");
        assertThat(og.get("og:title")).containsExactly(Newsroom.LEAD_HEADLINE);
        assertThat(og.get("og:url")).containsExactly(site.url(LEAD));
        assertThat(og.get("og:site_name")).containsExactly("The Test Gazette");
        assertThat(og.get("og:locale")).containsExactly("en");
        assertThat(og.get("og:image")).containsExactly(site.url("/media/tram-hero.jpg"));
        assertThat(og.get("og:image:alt")).containsExactly("A blue tram crossing the harbour bridge");
        assertThat(og.get("article:published_time")).containsExactly("2026-10-15T08:30:00Z");
        assertThat(og.get("article:modified_time")).containsExactly("2026-10-16T12:00:00Z");
        assertThat(og.get("article:author")).containsExactly(site.url("/author/ada-reporter/"), site.url("/author/ben-editor/"));
        assertThat(og.get("article:section")).containsExactly("Transport");
        assertThat(og.get("article:tag")).containsExactly("Waterfront", "Budget");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo(Newsroom.LEAD_HEADLINE);
    }

    @Test
    void imageSizeIsGivenWhenTheImageIsTheSitesOwn() throws Exception {
        Document about = site.page("/");
        assertThat(openGraph(about).get("og:type")).containsExactly("website");
        assertThat(node(jsonLd(about), "WebSite").get("publisher").get("logo").get("height").asInt()).isEqualTo(512);
    }

    @Test
    void homePageOffersASearchAction() throws Exception {
        JsonNode website = node(jsonLd(site.page("/")), "WebSite");
        assertThat(website.get("url").asText()).isEqualTo(site.url("/"));
        JsonNode action = website.get("potentialAction");
        assertThat(action.get("@type").asText()).isEqualTo("SearchAction");
        assertThat(action.get("target").get("urlTemplate").asText()).isEqualTo(site.url("/search?q={search_term_string}"));
        assertThat(action.get("query-input").asText()).isEqualTo("required name=search_term_string");
    }

    @Test
    void authorPageDescribesThePerson() throws Exception {
        JsonNode document = jsonLd(site.page("/author/ada-reporter/"));
        JsonNode collection = node(document, "CollectionPage");
        JsonNode person = collection.get("mainEntity");
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("name").asText()).isEqualTo("Ada Reporter");
        assertThat(person.get("description").asText()).isEqualTo("Ada covers transport and the council.");
        assertThat(openGraph(site.page("/author/ada-reporter/")).get("og:type")).containsExactly("profile");
    }

    @Test
    void archivesAreCollectionPages() throws Exception {
        JsonNode collection = node(jsonLd(site.page("/tag/budget/")), "CollectionPage");
        assertThat(collection.get("url").asText()).isEqualTo(site.url("/tag/budget/"));
        assertThat(collection.get("name").asText()).isEqualTo("Budget");
        JsonNode crumbs = node(jsonLd(site.page("/category/news/transport/")), "BreadcrumbList").get("itemListElement");
        assertThat(crumbs).hasSize(3);
    }

    @Test
    void noHeadlineCanCloseTheScriptElement() throws Exception {
        String html = site.get(hostilePath).body();
        String script = html.substring(html.indexOf("application/ld+json"));
        script = script.substring(0, script.indexOf("</script>"));
        assertThat(script).doesNotContain("<").doesNotContain("-->");
        JsonNode news = node(jsonLd(site.page(hostilePath)), "NewsArticle");
        assertThat(news.get("headline").asText()).isEqualTo(HOSTILE);
        assertThat(site.page(hostilePath).select("script:not([type])")).allSatisfy(
                s -> assertThat(s.attr("src")).startsWith("/"));
    }
}
