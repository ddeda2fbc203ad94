package press.masthead.sitemaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsLanguageTest {
    @Test
    void aLanguageTagBecomesItsLowercaseLanguageCode() {
        assertThat(NewsLanguage.of("en")).isEqualTo("en");
        assertThat(NewsLanguage.of("pt-BR")).isEqualTo("pt");
        assertThat(NewsLanguage.of("FA")).isEqualTo("fa");
        assertThat(NewsLanguage.of("haw-US")).isEqualTo("haw");
    }

    @Test
    void chineseIsSimplifiedOrTraditional() {
        assertThat(NewsLanguage.of("zh")).isEqualTo("zh-cn");
        assertThat(NewsLanguage.of("zh-Hans-CN")).isEqualTo("zh-cn");
        assertThat(NewsLanguage.of("zh-TW")).isEqualTo("zh-tw");
        assertThat(NewsLanguage.of("zh-Hant")).isEqualTo("zh-tw");
        assertThat(NewsLanguage.of("zh-HK")).isEqualTo("zh-tw");
    }

    @Test
    void aTagWithoutALanguageCodeIsUndetermined() {
        assertThat(NewsLanguage.of("")).isEqualTo("und");
        assertThat(NewsLanguage.of("x-klingon")).isEqualTo("und");
    }
}
