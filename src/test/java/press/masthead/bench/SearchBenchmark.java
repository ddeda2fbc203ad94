package press.masthead.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import press.masthead.site.SearchParameters;
import press.masthead.site.SearchResults;

/**
 * A reader's search, as the results page runs it: the query over every language's fields, the count, the first page
 * of results and their highlighted snippets. Goes round one- and two-word queries from the generator's vocabulary,
 * so that every search has matches to rank and to mark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    private static final int QUERIES = 200;

    private BenchSite site;
    private List<SearchParameters> queries;
    private int next;

    @Setup(Level.Trial)
    public void openSite() {
        site = BenchSite.open();
        site.app().search().rebuildIfStale();
        Random random = new Random(7);
        queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            String first = Vocabulary.NOUNS.get(random.nextInt(Vocabulary.NOUNS.size()));
            String text = i % 2 == 0 ? first : first + " " + Vocabulary.WORDS.get(random.nextInt(Vocabulary.WORDS.size()));
            queries.add(SearchParameters.of(text));
        }
    }

    @TearDown(Level.Trial)
    public void closeSite() {
        site.close();
    }

    @Benchmark
    public SearchResults search() {
        next = (next + 1) % queries.size();
        return site.app().search().search(queries.get(next));
    }
}
