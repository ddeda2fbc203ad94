package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search URLs as the URL contract writes and reads them. */
class SearchParametersTest {
    private final Permalinks links = new Permalinks(ArticlePattern.parse("/{slug}/"), ZoneOffset.UTC,
            "https://news.example.com/");

    private static SearchParameters parse(Map<String, String> query) {
        return SearchParameters.parse(query::get);
    }

    @Test
    void searchUrlLeavesOutWhatIsEmptyOrTheDefaultAndEncodesTheRest() {
        assertThat(links.search()).isEqualTo("/search");
        assertThat(links.search(SearchParameters.of(""))).isEqualTo("/search");
        assertThat(links.search(SearchParameters.of("harbour lights & more"))).isEqualTo("/search?q=harbour+lights+%26+more");
        assertThat(links.search(new SearchParameters("کتاب", "news", "", "ada", 2026, SearchParameters.Sort.DATE, 2)))
                .isEqualTo("/search?q=%DA%A9%D8%AA%D8%A7%D8%A8&category=news&author=ada&year=2026&sort=date&page=2");
    }

    @Test
    void parsedParametersWriteTheSameUrlBack() {
        SearchParameters read = parse(Map.of("q", " tram ", "tag", "budget", "year", "2025", "sort", "date", "page", "3"));
        assertThat(read.text()).isEqualTo("tram");
        assertThat(read.isFiltered()).isTrue();
        assertThat(links.search(read)).isEqualTo("/search?q=tram&tag=budget&year=2025&sort=date&page=3");
        assertThat(parse(Map.of()).withPage(1)).isEqualTo(SearchParameters.of(""));
        assertThat(parse(Map.of("q", "tram")).isFiltered()).isFalse();
    }

    @Test
    void parametersThatCannotBeReadNameThemselves() {
        assertThatThrownBy(() -> parse(Map.of("page", "abc")))
                .isInstanceOfSatisfying(InvalidSearchParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"))
                .hasMessageContaining("'abc'");
        assertThatThrownBy(() -> parse(Map.of("page", "0"))).hasMessageStartingWith("page must be");
        assertThatThrownBy(() -> parse(Map.of("year", "26"))).hasMessageStartingWith("year must be");
        assertThatThrownBy(() -> parse(Map.of("sort", "oldest"))).hasMessageStartingWith("sort must be");
    }
}
