package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Category;

class PermalinksTest {
    private final Permalinks dated = new Permalinks(ArticlePattern.parse("/{yyyy}/{mm}/{dd}/{slug}/"),
            ZoneId.of("Asia/Tehran"), "https://news.example.com/");

    private static Article article(String slug, Instant published) {
        return new Article(7, slug, "Headline", "", "", "", "", 0, ArticleStatus.PUBLISHED, published, published,
                published, List.of(), null, List.of(), List.of(), null, "", "", "", "", false, false, 1, null);
    }

    @Test
    void articleDateIsTheDateInTheSiteTimeZone() {
        // 22:00 UTC on 31 December is already 1 January in Tehran.
        Article late = article("new-year", Instant.parse("2026-12-31T22:00:00Z"));
        assertThat(dated.article(late)).isEqualTo("/2027/01/01/new-year/");
    }

    @Test
    void unicodeSlugsArePercentEncodedInPaths() {
        Article persian = article("خبر-تازه", Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(dated.article(persian)).isEqualTo("/2026/05/01/%D8%AE%D8%A8%D8%B1-%D8%AA%D8%A7%D8%B2%D9%87/");
    }

    @Test
    void absoluteUrlsUseTheBaseUrlOnce() {
        assertThat(dated.absolute("/tag/x/")).isEqualTo("https://news.example.com/tag/x/");
    }

    @Test
    void nestedCategoryPathRunsFromTheTopLevel() {
        Category news = new Category(1, "news", "News", "", null);
        Category transport = new Category(2, "transport", "Transport", "", 1L);
        assertThat(dated.category(transport, Map.of(1L, news, 2L, transport))).isEqualTo("/category/news/transport/");
    }

    @Test
    void resolvesEachKindOfPath() {
        assertThat(dated.resolve(List.of())).containsExactly(new PageRef.Home(1));
        assertThat(dated.resolve(List.of("page", "3"))).containsExactly(new PageRef.Home(3));
        assertThat(dated.resolve(List.of("tag", "budget", "page", "2"))).containsExactly(new PageRef.TagArchive("budget", 2));
        assertThat(dated.resolve(List.of("category", "news", "transport")))
                .containsExactly(new PageRef.CategoryArchive(List.of("news", "transport"), 1));
        assertThat(dated.resolve(List.of("author", "ada"))).containsExactly(new PageRef.AuthorArchive("ada", 1));
        assertThat(dated.resolve(List.of("2026", "10", "15", "tram")))
                .containsExactly(new PageRef.ArticleAt("tram", null, 2026, 10, 15));
        assertThat(dated.resolve(List.of("2026", "10", "15")))
                .containsExactly(new PageRef.DateArchive(2026, 10, 15, 1));
        assertThat(dated.resolve(List.of("about"))).containsExactly(new PageRef.StaticPage("about"));
    }

    @Test
    void badPageNumbersResolveToNothing() {
        assertThat(dated.resolve(List.of("page", "0"))).isEmpty();
        assertThat(dated.resolve(List.of("page", "x"))).isEmpty();
        assertThat(dated.resolve(List.of("page", "01"))).isEmpty();
    }

    @Test
    void slugOnlyPatternMakesASingleSegmentEitherAnArticleOrAPage() {
        Permalinks flat = new Permalinks(ArticlePattern.parse("/{slug}/"), ZoneId.of("UTC"), "http://x/");
        assertThat(flat.resolve(List.of("story")))
                .containsExactly(new PageRef.ArticleAt("story", null, null, null, null), new PageRef.StaticPage("story"));
        assertThat(flat.resolve(List.of("tag"))).isEmpty();
    }

    @Test
    void patternsThatCannotNameAnArticleAreRefused() {
        assertThatThrownBy(() -> ArticlePattern.parse("/{yyyy}/{mm}/")).hasMessageContaining("needs {slug} or {id}");
        assertThatThrownBy(() -> ArticlePattern.parse("{slug}")).hasMessageContaining("must start and end with '/'");
        assertThatThrownBy(() -> ArticlePattern.parse("/news-{slug}/")).hasMessageContaining("placeholders are");
    }
}
