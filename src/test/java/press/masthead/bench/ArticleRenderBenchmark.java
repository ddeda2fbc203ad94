package press.masthead.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import press.masthead.output.RenderedPage;

/**
 * An article page rendered from the database, as on a page-cache miss: load, model, theme, bytes. Goes round the
 * newest thousand articles so that no single row stays hot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArticleRenderBenchmark {
    private BenchSite site;
    private List<String> paths;
    private int next;

    @Setup(Level.Trial)
    public void openSite() {
        site = BenchSite.open();
        paths = site.articlePaths(1_000);
    }

    @TearDown(Level.Trial)
    public void closeSite() {
        site.close();
    }

    @Benchmark
    public Optional<RenderedPage> renderArticlePage() {
        next = (next + 1) % paths.size();
        return site.app().renderer().renderPath(paths.get(next));
    }
}
