package press.masthead.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.PageDraft;
import press.masthead.content.SiteSettings;
import press.masthead.content.Slugs;
import press.masthead.content.Tag;
import press.masthead.markup.MarkdownBodyRenderer;

/**
 * Fills an empty data directory with a generated news site for the benchmarks: N published articles of about 800
 * words, each with three tags out of 200, one category out of 10 and one or two of 12 authors, published over three
 * years; two static pages. The same seed always gives the same site. Authors, tags, categories and pages go through
 * the content rules; articles are rendered with the real Markdown pipeline and bulk-loaded ({@link BulkArticles}).
 * Prints the path of an article from the middle of the site, for the benchmarks to request.
 */
@Command(name = "site-generator", mixinStandardHelpOptions = true,
        description = "Generate a benchmark site into an empty Masthead data directory.")
public final class SiteGenerator implements Callable<Integer> {
    static final int TAGS = 200;
    static final int TAGS_PER_ARTICLE = 3;
    static final int AUTHORS = 12;
    /** The newest article's time; fixed, so that the same seed gives the same site on any day. */
    static final Instant NEWEST = Instant.parse("2026-09-30T18:00:00Z");
    static final Duration SPAN = Duration.ofDays(3 * 365);
    /** Articles rendered and written per transaction: big enough to be quick, small enough to keep memory flat. */
    private static final int CHUNK = 2_000;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Empty data directory to fill")
    Path dataDir;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000", description = "Articles (default 10000)")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42)")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SiteGenerator()).execute(args));
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (MastheadApp app = MastheadApp.open(Settings.defaults(dataDir, 0), Clock.systemUTC())) {
            if (!app.isEmpty()) {
                System.err.println("site-generator: " + dataDir + " already has content; give it an empty one");
                return 2;
            }
            String sample = generate(app, articles, seed);
            System.out.printf("Generated %,d articles (seed %d) in %.1f s into %s%n", articles, seed,
                    (System.nanoTime() - started) / 1e9, dataDir.toAbsolutePath());
            System.out.println("sample-article " + sample);
        }
        return 0;
    }

    /** Generates the site into {@code app}, which must be empty; returns the path of an article in its middle. */
    static String generate(MastheadApp app, int count, long seed) {
        Prose prose = new Prose(new Random(seed));
        app.siteSettings().save(new SiteSettings("The Bench Courier", "News from a generated city", "", "en",
                ZoneOffset.UTC, "d MMMM yyyy", "© {year} The Bench Courier", List.of(), 10,
                SiteSettings.DEFAULT_ARTICLE_URL_PATTERN, false, true, SiteSettings.DEFAULT_TITLE_PATTERN));
        List<Long> categories = categories(app);
        List<Long> tags = tags(app, prose);
        List<Long> authors = authors(app, prose);
        app.pages().create(new PageDraft("About us", "", prose.body(), true, "", "", "", false, null));
        app.pages().create(new PageDraft("Contact", "", prose.body(), true, "", "", "", false, null));

        MarkdownBodyRenderer renderer = new MarkdownBodyRenderer();
        BulkArticles bulk = new BulkArticles(app.database().jdbi());
        Set<String> slugs = new HashSet<>();
        Duration interval = SPAN.dividedBy(Math.max(1, count));
        for (int first = 1; first <= count; first += CHUNK) {
            List<ArticleSource> sources = new ArrayList<>();
            for (int id = first; id < first + CHUNK && id <= count; id++) {
                String headline = prose.headline();
                String slug = Slugs.unique(Slugs.from(headline, "article"), slugs::contains);
                slugs.add(slug);
                Instant published = NEWEST.minus(interval.multipliedBy(count - id)).truncatedTo(ChronoUnit.SECONDS);
                // One article in ten was edited later the same day, so pages show both times.
                Instant updated = prose.nextInt(10) == 0 ? published.plus(Duration.ofHours(3)) : published;
                List<Long> byline = prose.nextInt(10) == 0 ? distinct(prose, authors, 2) : List.of(prose.pick(authors));
                sources.add(new ArticleSource(id, slug, headline, prose.standfirst(), prose.body(), published, updated,
                        byline, prose.pick(categories), distinct(prose, tags, TAGS_PER_ARTICLE)));
            }
            // Rendering is most of the work and the same whichever thread does it, so the site stays deterministic.
            bulk.insert(sources.parallelStream().map(source -> source.rendered(renderer)).toList());
        }
        return app.renderer().permalinks().article(app.articleStore().findById(count / 2 + 1).orElseThrow());
    }

    private static List<Long> categories(MastheadApp app) {
        List<Long> ids = new ArrayList<>();
        for (String name : Vocabulary.CATEGORIES) {
            Category category = app.taxonomies().createCategory(name, "", null);
            ids.add(category.id());
        }
        return ids;
    }

    /** Two-word tags such as "Harbour budget", each a different slug. */
    private static List<Long> tags(MastheadApp app, Prose prose) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < TAGS) {
            names.add(Prose.capitalized(prose.pick(Vocabulary.NOUNS)) + " " + prose.pick(Vocabulary.NOUNS));
        }
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            Tag tag = app.taxonomies().tag(name);
            ids.add(tag.id());
        }
        return ids;
    }

    private static List<Long> authors(MastheadApp app, Prose prose) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < AUTHORS; i++) {
            Author author = app.authors().create(prose.personName(), "Covers the city for The Bench Courier.", "",
                    List.of());
            ids.add(author.id());
        }
        return ids;
    }

    private static List<Long> distinct(Prose prose, List<Long> from, int count) {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(prose.pick(from));
        }
        return List.copyOf(chosen);
    }
}
