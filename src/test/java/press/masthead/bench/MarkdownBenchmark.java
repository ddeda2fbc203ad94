package press.masthead.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import press.masthead.content.BodyRenderer.RenderedBody;
import press.masthead.markup.MarkdownBodyRenderer;

/** The Markdown pipeline on one generated article of about 800 words: render, shape, sanitize, plain text. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkdownBenchmark {
    private final MarkdownBodyRenderer renderer = new MarkdownBodyRenderer();
    private final String article = new Prose(new Random(42)).body();

    @Benchmark
    public RenderedBody renderArticleBody() {
        return renderer.render(article);
    }
}
