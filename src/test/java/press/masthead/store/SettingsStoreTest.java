package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.content.SiteSettings;
import press.masthead.testing.AtOnce;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/** The site's settings as the store keeps them, on both databases, when two nodes save them at the same time. */
@OnBothDatabases
class SettingsStoreTest {
    @Parameter
    Backend backend;

    static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    /** Settings whose every field that the save writes names the same save, so a mix of two shows. */
    private static SiteSettings savedBy(int save) {
        SiteSettings defaults = SiteSettings.defaults();
        return new SiteSettings("Title " + save, "Tagline " + save, "https://save-" + save + ".example.org", "en",
                defaults.timeZone(), defaults.dateFormat(), "© save " + save,
                List.of(new SiteSettings.SocialProfile("Mastodon", "https://example.com/@save" + save)),
                defaults.articlesPerPage(), defaults.articleUrlPattern(), false, true, defaults.titlePattern());
    }

    @Test
    void savesFromTwoNodesAtOnceAllSucceedAndTheLastOneWinsWhole() throws Exception {
        int savers = 4;
        int savesEach = 15;
        try (Database otherNode = site.openDatabaseAsAnotherNode()) {
            List<JdbcSettingsStore> nodes = List.of(new JdbcSettingsStore(site.app().database()),
                    new JdbcSettingsStore(otherNode));
            List<Callable<Void>> saving = new ArrayList<>();
            for (int saver = 0; saver < savers; saver++) {
                JdbcSettingsStore node = nodes.get(saver % nodes.size());
                int first = saver * savesEach;
                saving.add(() -> {
                    for (int save = first; save < first + savesEach; save++) {
                        node.save(savedBy(save));
                    }
                    return null;
                });
            }

            AtOnce.run(saving);

            SiteSettings last = nodes.get(1).load();
            int save = Integer.parseInt(last.title().substring("Title ".length()));
            assertThat(last).isEqualTo(savedBy(save));
            assertThat(nodes.get(0).load()).isEqualTo(last);
        }
    }
}
