package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.testing.Backend;
import press.masthead.testing.Newsroom;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class ListPagesTest {
    @Parameter
    Backend backend;

    static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, Newsroom::seed);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    /** Article links in the main list area of a page, in order. */
    private static java.util.List<String> articleLinks(Document page) {
        return page.select("main article h2 a, main article h3 a").eachAttr("href");
    }

    @Test
    void homeLeadsWithTheNewestStoryThenTheRest() {
        Document home = site.page("/");
        assertThat(articleLinks(home)).hasSize(10);
        assertThat(articleLinks(home).get(0)).isEqualTo(ArticlePageTest.LEAD);
        assertThat(home.select("main").text()).doesNotContain("Secret draft");
        assertThat(home.title()).isEqualTo("The Test Gazette — All the news that fits");
    }

    @Test
    void homeIsPaginatedWithPreviousAndNextLinks() {
        Document first = site.page("/");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/page/2/");
        Document second = site.page("/page/2/");
        assertThat(articleLinks(second)).hasSize(10);
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(second.select("a[rel=next]").attr("href")).isEqualTo("/page/3/");
        Document third = site.page("/page/3/");
        assertThat(articleLinks(third)).hasSize(5);
        assertThat(third.select("a[rel=next]")).isEmpty();
        assertThat(third.select("[aria-current=page]").text()).contains("3");
    }

    @Test
    void pagesPastTheLastOrNotANumberAreNotFound() {
        assertThat(site.get("/page/4/").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/abc/").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/02/").statusCode()).isEqualTo(404);
        assertThat(site.get("/page/0/").statusCode()).isEqualTo(404);
        assertThat(site.get("/tag/budget/page/9/").statusCode()).isEqualTo(404);
    }

    @Test
    void pageOneRedirectsToTheListItself() {
        HttpResponse<String> response = site.get("/page/1/");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        assertThat(site.get("/tag/budget/page/1/").headers().firstValue("Location")).hasValue("/tag/budget/");
    }

    @Test
    void tagArchiveListsItsArticlesAcrossPages() {
        Document tag = site.page("/tag/budget/");
        assertThat(tag.select("h1").text()).contains("Budget");
        assertThat(articleLinks(tag)).hasSize(10).contains(ArticlePageTest.LEAD);
        assertThat(site.page("/tag/budget/page/3/").select("main article").size()).isEqualTo(5);
        Document waterfront = site.page("/tag/waterfront/");
        assertThat(articleLinks(waterfront)).containsExactly(ArticlePageTest.LEAD);
    }

    @Test
    void categoryArchiveIncludesChildCategoriesAndShowsBreadcrumbs() {
        Document news = site.page("/category/news/");
        assertThat(articleLinks(news)).hasSize(2).contains(ArticlePageTest.LEAD);
        Document transport = site.page("/category/news/transport/");
        assertThat(articleLinks(transport)).containsExactly(ArticlePageTest.LEAD);
        assertThat(transport.select("a[href=/category/news/]")).isNotEmpty();
        assertThat(transport.select("h1").text()).contains("Transport");
    }

    @Test
    void childCategoryWithoutItsParentRedirectsToTheNestedPath() {
        HttpResponse<String> response = site.get("/category/transport/");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/category/news/transport/");
    }

    @Test
    void authorArchiveShowsTheBioAndTheirArticles() {
        Document ada = site.page("/author/ada-reporter/");
        assertThat(ada.select("h1").text()).contains("Ada Reporter");
        assertThat(ada.text()).contains("Ada covers transport and the council.");
        assertThat(articleLinks(ada)).hasSize(2);
    }

    @Test
    void dateArchivesListArticlesOfTheYearMonthAndDay() {
        assertThat(articleLinks(site.page("/2026/10/"))).hasSize(2);
        assertThat(articleLinks(site.page("/2026/10/15/"))).containsExactly(ArticlePageTest.LEAD);
        assertThat(articleLinks(site.page("/2026/09/"))).hasSize(10);
        assertThat(site.page("/2026/09/page/3/").select("main article")).hasSize(3);
        assertThat(site.page("/2026/").select("h1").text()).contains("2026");
        assertThat(site.get("/2025/").statusCode()).isEqualTo(404);
        assertThat(site.get("/2026/13/").statusCode()).isEqualTo(404);
        assertThat(site.get("/2026/02/30/").statusCode()).isEqualTo(404);
    }

    @Test
    void staticPageIsServedAtItsSlug() {
        Document about = site.page("/about-us/");
        assertThat(about.select("h1").text()).isEqualTo("About us");
        assertThat(about.select("main strong").text()).isEqualTo("test");
    }

    @Test
    void navigationListsTopLevelCategories() {
        Document home = site.page("/");
        assertThat(home.select("nav a").eachAttr("href")).contains("/category/news/", "/category/culture/");
    }

    @Test
    void unknownTagCategoryAndAuthorAreNotFound() {
        assertThat(site.get("/tag/nothing-here/").statusCode()).isEqualTo(404);
        assertThat(site.get("/category/nothing-here/").statusCode()).isEqualTo(404);
        assertThat(site.get("/author/nobody/").statusCode()).isEqualTo(404);
    }
}
