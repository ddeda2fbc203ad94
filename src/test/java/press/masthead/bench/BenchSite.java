package press.masthead.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.content.ArticleFilter;
import press.masthead.site.Permalinks;
import press.masthead.testing.TempDirs;

/**
 * The site a benchmark renders: the data directory bench/run generated (system property
 * {@code masthead.bench.data}), or else a small one generated into a temporary folder for this run alone.
 */
final class BenchSite implements AutoCloseable {
    static final String DATA_PROPERTY = "masthead.bench.data";
    /** Enough for lists and related articles to be realistic, few enough to generate in seconds. */
    private static final int OWN_SITE_ARTICLES = 2_000;

    private final MastheadApp app;
    private final Path ownDataDir;

    private BenchSite(MastheadApp app, Path ownDataDir) {
        this.app = app;
        this.ownDataDir = ownDataDir;
    }

    static BenchSite open() {
        String given = System.getProperty(DATA_PROPERTY, "");
        if (!given.isBlank()) {
            return new BenchSite(MastheadApp.open(Settings.defaults(Path.of(given), 0), Clock.systemUTC()), null);
        }
        Path dataDir = TempDirs.create("bench-site-");
        MastheadApp app = MastheadApp.open(Settings.defaults(dataDir, 0), Clock.systemUTC());
        SiteGenerator.generate(app, OWN_SITE_ARTICLES, 42);
        return new BenchSite(app, dataDir);
    }

    MastheadApp app() {
        return app;
    }

    /** Paths of the newest {@code count} articles. */
    List<String> articlePaths(int count) {
        Permalinks links = app.renderer().permalinks();
        return app.articleStore().published(ArticleFilter.all(), 0, count).stream().map(links::article).toList();
    }

    @Override
    public void close() {
        app.close();
        if (ownDataDir != null) {
            TempDirs.delete(ownDataDir);
        }
    }
}
