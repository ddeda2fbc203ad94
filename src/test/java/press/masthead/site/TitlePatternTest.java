package press.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import press.masthead.content.SiteSettings;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TestSite;

class TitlePatternTest {
    @Test
    void pageTitlesFollowTheSitesTitlePattern() {
        try (TestSite site = TestSite.start(app -> {
            Newsroom.seed(app);
            SiteSettings s = app.siteSettings().load();
            app.siteSettings().save(new SiteSettings(s.title(), s.tagline(), s.baseUrl(), s.language(), s.timeZone(),
                    s.dateFormat(), s.copyright(), s.socialProfiles(), s.articlesPerPage(), s.articleUrlPattern(),
                    s.discourageIndexing(), s.feedFullContent(), "{site} | {title}"));
        })) {
            assertThat(site.page(ArticlePageTest.LEAD).title()).isEqualTo("The Test Gazette | " + Newsroom.LEAD_HEADLINE);
            assertThat(site.page("/tag/budget/page/2/").title()).isEqualTo("The Test Gazette | Budget — page 2");
            assertThat(site.page("/about-us/").title()).isEqualTo("The Test Gazette | About us");
            assertThat(site.page("/").title()).isEqualTo("The Test Gazette — All the news that fits");
        }
    }
}
