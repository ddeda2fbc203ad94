package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.content.CustomField;
import press.masthead.testing.AtOnce;
import press.masthead.testing.Backend;
import press.masthead.testing.Drafts;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** An article's custom fields (kept from a WordPress import) as the store replaces them, on both databases. */
@OnBothDatabases
class CustomFieldStoreTest {
    @Parameter
    Backend backend;

    static TestSite site;
    static long article;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, app -> {
            long author = app.authors().create("Finn Fields", "", "", List.of()).id();
            article = app.articles().create(Drafts.article("Imported with fields").by(author).build()).id();
        });
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static JdbcCustomFieldStore fields() {
        return new JdbcCustomFieldStore(site.app().database());
    }

    @Test
    void aReplacementKeepsTheNewFieldsInTheirOrder() {
        fields().replace(article, List.of(new CustomField("source", "wire"), new CustomField("desk", "city")));
        fields().replace(article, List.of(new CustomField("desk", "metro"), new CustomField("source", "staff")));

        assertThat(fields().ofArticle(article)).containsExactly(new CustomField("desk", "metro"),
                new CustomField("source", "staff"));
    }

    @Test
    void replacementsOfOneArticlesFieldsAtOnceLeaveOneWholeSet() throws Exception {
        List<Callable<Void>> atOnce = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<CustomField> set = List.of(new CustomField("run", "r" + i), new CustomField("copy", "c" + i));
            atOnce.add(() -> {
                fields().replace(article, set);
                return null;
            });
        }

        AtOnce.run(atOnce);

        List<CustomField> kept = fields().ofArticle(article);
        assertThat(kept).hasSize(2);
        String run = kept.get(0).value().substring(1);
        assertThat(kept).containsExactly(new CustomField("run", "r" + run), new CustomField("copy", "c" + run));
    }
}
