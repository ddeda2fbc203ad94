package press.masthead.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.masthead.content.Article;
import press.masthead.content.ArticleFilter;
import press.masthead.content.ArticleStore;
import press.masthead.content.Category;
import press.masthead.content.ContentEvent;
import press.masthead.content.SettingsStore;
import press.masthead.content.SiteSettings;
import press.masthead.content.TaxonomyStore;
import press.masthead.site.SearchParameters;
import press.masthead.site.SearchResults;

/**
 * The site's search: keeps the index in step with published articles (as a content listener), rebuilds it from
 * the database, and answers searches with a page of articles and their snippets. The index opens on first use,
 * so commands that never touch search never lock it.
 */
public final class SiteSearch implements Consumer<ContentEvent>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);
    /** Articles read from the database at a time while rebuilding. */
    private static final int REBUILD_BATCH = 500;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(ArticleDocument.PUBLISHED, SortField.Type.LONG, true));

    private final Path indexDir;
    private final ArticleStore articles;
    private final TaxonomyStore taxonomy;
    private final SettingsStore settings;
    private final AtomicReference<Summarized> summary = new AtomicReference<>();
    private SearchIndex index;
    private boolean toldBusy;

    public SiteSearch(Path indexDir, ArticleStore articles, TaxonomyStore taxonomy, SettingsStore settings) {
        this.indexDir = indexDir;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    /** Follows publishing: a published or changed article is (re)indexed, an unpublished one removed. */
    @Override
    public void accept(ContentEvent event) {
        try {
            if (event instanceof ContentEvent.ArticlePublished published) {
                put(published.article());
            } else if (event instanceof ContentEvent.ArticleChanged changed) {
                put(changed.after());
            } else if (event instanceof ContentEvent.ArticleUnpublished unpublished) {
                index().remove(unpublished.article().id());
            }
        } catch (SearchIndexBusyException e) {
            tellBusyOnce();
        }
    }

    /**
     * Brings these articles' entries up to date from the database, as another node changed them: a public article
     * is (re)indexed, one that is not public any more or was deleted is removed.
     */
    public void refresh(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        try {
            Map<Long, Article> found = new HashMap<>();
            for (Article article : articles.findByIds(List.copyOf(articleIds))) {
                found.put(article.id(), article);
            }
            for (long id : articleIds) {
                Article article = found.get(id);
                if (article != null && article.isPublic()) {
                    put(article);
                } else {
                    index().remove(id);
                }
            }
        } catch (SearchIndexBusyException e) {
            tellBusyOnce();
        }
    }

    /**
     * Catches up after missing other nodes' notices since {@code since}: every article changed since then is
     * refreshed, and a count that still differs (an article deleted meanwhile) rebuilds the index.
     */
    public void catchUp(Instant since) {
        refresh(articles.idsUpdatedSince(since));
        rebuildIfStale();
    }

    /** Empties the index and fills it with every published article; returns how many. */
    public int rebuild() {
        String siteLanguage = settings.load().language();
        Map<Long, Category> categories = categoriesById();
        Stream<Document> documents = IntStream.iterate(0, offset -> offset + REBUILD_BATCH)
                .mapToObj(offset -> articles.published(ArticleFilter.all(), offset, REBUILD_BATCH))
                .takeWhile(batch -> !batch.isEmpty())
                .flatMap(List::stream)
                .map(article -> ArticleDocument.of(article, siteLanguage, categories));
        return index().replaceAll(documents);
    }

    /**
     * Rebuilds the index when it does not hold as many articles as the site publishes: it is new (a site that
     * was upgraded to a version with search), was deleted, or missed changes made while another process held it.
     *
     * @return true when it rebuilt
     */
    public boolean rebuildIfStale() {
        int published = articles.countPublished(ArticleFilter.all());
        int indexed = index().size();
        if (indexed == published) {
            return false;
        }
        log.info("The search index holds {} articles and the site publishes {}: rebuilding it", indexed, published);
        int count = rebuild();
        log.info("Indexed {} articles for search", count);
        return true;
    }

    /**
     * Finds one page of articles for the parameters, with {@link SiteSettings#articlesPerPage()} to a page. With
     * no words it finds nothing and offers only the filters' choices.
     */
    public SearchResults search(SearchParameters parameters) {
        SiteSettings site = settings.load();
        int perPage = site.articlesPerPage();
        return index().read(searcher -> {
            IndexSummary known = summaryOf(searcher.getIndexReader());
            List<Integer> years = known.years(site.timeZone());
            if (!parameters.hasText()) {
                return new SearchResults(0, 1, List.of(), known.tags(), known.authors(), years);
            }
            Query words = ReaderQuery.parse(parameters.text(), known.languages());
            Query query = filtered(words, parameters, site.timeZone());
            // Never more than the index holds, however large a page number a reader types.
            int wanted = Math.max(1, (int) Math.min((long) parameters.page() * perPage,
                    searcher.getIndexReader().numDocs()));
            TopDocs top;
            try {
                top = top(searcher, query, parameters.sort(), wanted);
            } catch (IndexSearcher.TooManyClauses e) {
                // Wildcards and fuzzy words can expand past Lucene's limit; plain words cannot.
                words = ReaderQuery.plainWords(parameters.text(), known.languages());
                query = filtered(words, parameters, site.timeZone());
                top = top(searcher, query, parameters.sort(), wanted);
            }
            int total = Math.toIntExact(top.totalHits.value);
            int pageCount = Math.max(1, (total + perPage - 1) / perPage);
            int from = (parameters.page() - 1) * perPage;
            List<SearchResults.Hit> hits = from >= total ? List.of() : hits(searcher, words, top, from);
            return new SearchResults(total, pageCount, hits, known.tags(), known.authors(), years);
        });
    }

    /** The best {@code wanted} matches and the exact number of all matches, in one pass over the index. */
    private static TopDocs top(IndexSearcher searcher, Query query, SearchParameters.Sort sort, int wanted)
            throws IOException {
        return sort == SearchParameters.Sort.DATE
                ? searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query words, TopDocs top, int from)
            throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length),
                top.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        int[] docIds = new int[page.length];
        long[] articleIds = new long[page.length];
        TextLanguage[] languages = new TextLanguage[page.length];
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, Set.of(ArticleDocument.ID, ArticleDocument.LANGUAGE));
            docIds[i] = page[i].doc;
            articleIds[i] = Long.parseLong(doc.get(ArticleDocument.ID));
            languages[i] = TextLanguage.ofKey(doc.get(ArticleDocument.LANGUAGE));
        }
        List<String> snippets = new Snippets(searcher).of(words, docIds, languages);
        // One query for the whole page of results, not one per hit.
        Map<Long, Article> found = articles.findByIds(Arrays.stream(articleIds).boxed().toList()).stream()
                .filter(Article::isPublic)
                .collect(Collectors.toMap(Article::id, article -> article));
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Article article = found.get(articleIds[i]);
            if (article != null) {
                hits.add(new SearchResults.Hit(article, snippets.get(i)));
            }
        }
        return hits;
    }

    private static Query filtered(Query words, SearchParameters parameters, ZoneId zone) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        exactly(query, ArticleDocument.CATEGORY, parameters.category());
        exactly(query, ArticleDocument.TAG, parameters.tag());
        exactly(query, ArticleDocument.AUTHOR, parameters.author());
        if (parameters.year() != null) {
            long start = LocalDate.of(parameters.year(), 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
            long end = LocalDate.of(parameters.year() + 1, 1, 1).atStartOfDay(zone).toInstant().toEpochMilli();
            query.add(LongPoint.newRangeQuery(ArticleDocument.PUBLISHED, start, end - 1), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static void exactly(BooleanQuery.Builder query, String field, String value) {
        if (!value.isEmpty()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** The summary of this reader, worked out once per state of the index rather than once per search. */
    private IndexSummary summaryOf(IndexReader reader) throws IOException {
        Summarized known = summary.get();
        if (known != null && known.reader() == reader) {
            return known.summary();
        }
        IndexSummary fresh = IndexSummary.of(reader);
        summary.set(new Summarized(reader, fresh));
        return fresh;
    }

    private record Summarized(IndexReader reader, IndexSummary summary) {
    }

    private void put(Article article) {
        index().put(article.id(), ArticleDocument.of(article, settings.load().language(), categoriesById()));
    }

    private Map<Long, Category> categoriesById() {
        return taxonomy.allCategories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    private synchronized SearchIndex index() {
        if (index == null) {
            index = SearchIndex.open(indexDir);
        }
        return index;
    }

    private synchronized void tellBusyOnce() {
        if (!toldBusy) {
            toldBusy = true;
            log.warn("The search index in {} is held by another Masthead process, so this one's changes are not in"
                    + " it; the server rebuilds the index on its next start when the article count differs, or run"
                    + " `masthead reindex` while it is stopped", indexDir);
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
