package press.masthead.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one writer, and searchers shared through a {@link SearcherManager} that sees the
 * writer's changes without a commit (near-real-time). Changes are committed shortly after they happen, in the
 * background, so a burst of them (an import) costs one commit; closing commits whatever is left.
 */
final class SearchIndex implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final long COMMIT_DELAY_MILLIS = 1000;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledThreadPoolExecutor committer;
    private final AtomicBoolean commitPending = new AtomicBoolean();
    /** Set by every change, cleared by the search that refreshes: searchers reopen only when someone searches. */
    private volatile boolean changed;

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.committer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "masthead-search-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Opens the index in {@code dir}, creating it when there is none. An index this version cannot read (damaged,
     * or written by another Lucene version) is emptied and started afresh: it only ever holds what the database
     * can rebuild.
     *
     * @throws SearchIndexBusyException when another process has it open
     */
    static SearchIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            try {
                return opened(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw e;
            } catch (IOException unreadable) {
                log.warn("The search index in {} cannot be read ({}); starting an empty one to rebuild from the"
                        + " database", dir, unreadable.toString());
                return afresh(directory);
            } catch (RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw new SearchIndexBusyException(dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static SearchIndex afresh(Directory directory) throws IOException {
        try {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return opened(directory, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static SearchIndex opened(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TextLanguage.perField()).setOpenMode(mode));
        try {
            return new SearchIndex(directory, writer);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Adds the article's document, replacing any earlier one of the same article. */
    synchronized void put(long articleId, Document document) {
        try {
            writer.updateDocument(ArticleDocument.idTerm(articleId), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index article " + articleId + ": " + e.getMessage(), e);
        }
        changedSoCommitSoon();
    }

    synchronized void remove(long articleId) {
        try {
            writer.deleteDocuments(ArticleDocument.idTerm(articleId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove article " + articleId + " from the search index: "
                    + e.getMessage(), e);
        }
        changedSoCommitSoon();
    }

    /** Empties the index, adds every document and commits; searches see the old index until this is done. */
    synchronized int replaceAll(Stream<Document> documents) {
        try {
            writer.deleteAll();
            int count = 0;
            for (Iterator<Document> each = documents.iterator(); each.hasNext(); count++) {
                writer.addDocument(each.next());
            }
            writer.commit();
            changed = true;
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rebuild the search index: " + e.getMessage(), e);
        }
    }

    /** How many articles the index holds. */
    int size() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Runs {@code reading} on a searcher that sees every change made so far. */
    <T> T read(Reading<T> reading) {
        try {
            if (changed) {
                changed = false;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search index: " + e.getMessage(), e);
        }
    }

    /** Work done on a searcher. */
    interface Reading<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void changedSoCommitSoon() {
        changed = true;
        if (commitPending.compareAndSet(false, true)) {
            committer.schedule(this::commit, COMMIT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void commit() {
        commitPending.set(false);
        try {
            writer.commit();
        } catch (IOException | AlreadyClosedException e) {
            log.warn("Could not commit the search index: {}; the next change or shutdown tries again", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        stopCommitter();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Drops a commit still waiting (closing commits anyway) and lets a running one finish. Never interrupts it:
     * an interrupted Lucene file channel breaks the writer for good.
     */
    private void stopCommitter() {
        committer.shutdown();
        try {
            if (!committer.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("A search index commit is still running after 30 seconds; closing the index anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
