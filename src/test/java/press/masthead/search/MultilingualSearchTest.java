package press.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static press.masthead.search.SearchPageTest.resultLinks;
import static press.masthead.search.SearchPageTest.search;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.app.MastheadApp;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** Each article is analyzed in its own language, and a reader finds it without choosing one. */
@OnBothDatabases
class MultilingualSearchTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static String persian;
    static String arabic;
    static String chinese;
    static String english;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, MultilingualSearchTest::seed);
    }

    static void seed(MastheadApp app) {
        Author desk = app.authors().create("World Desk", "", "", List.of());
        persian = publish(app, Drafts.article("کتاب تازهٔ شاعر جوان در نمایشگاه")
                .body("این کتاب در سه روز نخست فروخته شد و کتابخانهٔ شهرها آن را سفارش دادند.")
                .language("fa").by(desk.id()));
        arabic = publish(app, Drafts.article("افتتاح فرع جديد في وسط المدينة")
                .body("افتتحت المكتبات العامة أبوابها للقراء صباح اليوم.")
                .language("ar").by(desk.id()));
        chinese = publish(app, Drafts.article("上海公布新的公共交通计划")
                .body("市政府今天宣布扩建地铁网络，并增加夜间公交线路。")
                .language("zh").by(desk.id()));
        english = publish(app, Drafts.article("Libraries extend their opening hours")
                .body("Readers can borrow books until nine.")
                .language("en").by(desk.id()));
    }

    private static String publish(MastheadApp app, Drafts draft) {
        Article article = app.articles().create(draft.build());
        return app.renderer().permalinks().article(article);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void persianPluralFindsTheSingularThroughStemming() {
        // The article says کتاب (book) and شهرها (cities), never کتابها (books) or شهر (city).
        assertThat(resultLinks(site.page(search("کتابها")))).containsExactly(persian);
        assertThat(resultLinks(site.page(search("کتاب‌ها")))).containsExactly(persian);
        assertThat(resultLinks(site.page(search("شهر")))).containsExactly(persian);
    }

    @Test
    void arabicFindsTheDefinitePluralFromTheSingular() {
        // The article says المكتبات (the libraries); the reader types مكتبة (library).
        assertThat(resultLinks(site.page(search("مكتبة")))).containsExactly(arabic);
    }

    @Test
    void chinesePhraseMatchesByBigramsAndOnlyInItsOrder() {
        assertThat(resultLinks(site.page(search("公共交通")))).containsExactly(chinese);
        assertThat(resultLinks(site.page(search("地铁网络")))).containsExactly(chinese);
        assertThat(resultLinks(site.page(search("交通公共")))).isEmpty();
    }

    @Test
    void englishWordsAreStemmedInTheirOwnLanguageOnly() {
        assertThat(resultLinks(site.page(search("library")))).containsExactly(english);
        assertThat(resultLinks(site.page(search("the libraries")))).containsExactly(english);
    }

    @Test
    void resultsInAnotherLanguageAreMarkedWithIt() {
        var page = site.page(search("کتابها"));
        assertThat(page.select("main article").attr("lang")).isEqualTo("fa");
        assertThat(page.select("main article").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("main .card__snippet mark").eachText()).contains("کتاب");
    }
}
