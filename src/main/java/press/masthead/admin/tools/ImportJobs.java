package press.masthead.admin.tools;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.masthead.accounts.Account;
import press.masthead.accounts.AuditLog;
import press.masthead.admin.AdminException;
import press.masthead.importer.wordpress.ImportOptions;
import press.masthead.importer.wordpress.ImportReport;
import press.masthead.importer.wordpress.WxrFormatException;

/**
 * Runs uploaded WordPress imports in the background, one at a time on this node: a second import while one runs is
 * refused rather than queued, since two imports of overlapping files would race for the same slugs. Jobs live in
 * memory (the latest {@value #KEPT} of them); each finished import's report is also saved in {@code DATA/imports}.
 */
public final class ImportJobs implements AutoCloseable {
    static final int KEPT = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final WordPressImport importer;
    private final Path spoolDir;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "masthead-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong ids = new AtomicLong();
    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    private final Deque<ImportJob> jobs = new ArrayDeque<>();

    /**
     * @param spoolDir where uploads wait while they are imported; what an earlier run left there is removed
     */
    public ImportJobs(WordPressImport importer, Path spoolDir, AuditLog audit, Clock clock) {
        this.importer = importer;
        this.spoolDir = spoolDir;
        this.audit = audit;
        this.clock = clock;
        clearSpool();
    }

    /** A fresh path in the spool folder for the next upload to be moved to. */
    private Path spoolFile() {
        try {
            Files.createDirectories(spoolDir);
            Path file = Files.createTempFile(spoolDir, "upload-", ".xml");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make room for the upload in " + spoolDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Takes the upload of a request and starts importing it. When an import runs already, the request is refused
     * before its upload is read (a form's upload was read by the CSRF check; it is thrown away).
     */
    ImportJob receive(Context ctx, Account by) {
        ImportJob current = running.get();
        if (current != null) {
            throw busy(current);
        }
        return start(ImportUpload.receive(ctx, spoolFile()), by, ctx.ip());
    }

    /**
     * Starts importing an upload in the background; the job then owns the spooled file and removes it when done.
     *
     * @throws AdminException.Conflict when an import is running already; the spooled file is removed then
     */
    ImportJob start(ImportUpload upload, Account by, String ip) {
        ImportJob job = new ImportJob(ids.incrementAndGet(), upload.name(), upload.size(), upload.options(),
                by.name(), clock.instant(), upload.file());
        if (!running.compareAndSet(null, job)) {
            upload.discard();
            throw busy(running.get());
        }
        synchronized (jobs) {
            jobs.addFirst(job);
            while (jobs.size() > KEPT) {
                jobs.removeLast();
            }
        }
        audit.record(by, "import.started", upload.name(), describe(upload.options()), ip);
        worker.execute(() -> run(job, by, ip));
        return job;
    }

    Optional<ImportJob> find(long id) {
        synchronized (jobs) {
            return jobs.stream().filter(job -> job.id() == id).findFirst();
        }
    }

    /** The latest jobs of this node, newest first. */
    List<ImportJob> recent() {
        synchronized (jobs) {
            return List.copyOf(jobs);
        }
    }

    /**
     * Imports, then frees the node (the spooled file removed, the next import allowed) and writes the audit log
     * before the job says it is over, so that whoever sees it over finds it all done and may start the next one.
     */
    private void run(ImportJob job, Account by, String ip) {
        ImportReport report = null;
        String refusal = null;
        String failure = null;
        try {
            report = importer.run(job.spooled(), job.fileName(), job.options(), job);
        } catch (WxrFormatException e) {
            refusal = e.getMessage();
        } catch (RuntimeException | Error e) {
            // Even running out of memory must end the job visibly, or its page would say "importing" for ever.
            log.error("The import of {} failed", job.fileName(), e);
            failure = "The import stopped: " + e.getMessage() + ". What was imported before stays; importing the"
                    + " file again picks up where it left off without making anything twice.";
        } finally {
            deleteQuietly(job.spooled());
            running.set(null);
        }
        if (report != null) {
            audit.record(by, "import.finished", job.fileName(), ImportStatus.summary(report), ip);
            job.finished(report, clock.instant());
        } else if (refusal != null) {
            audit.record(by, "import.refused", job.fileName(), refusal, ip);
            job.refused(refusal, clock.instant());
        } else {
            audit.record(by, "import.failed", job.fileName(), failure, ip);
            job.failed(failure, clock.instant());
        }
    }

    private static String describe(ImportOptions options) {
        return (options.dryRun() ? "dry run" : "import") + (options.keepPermalinks() ? ", keeping permalinks" : "");
    }

    private static AdminException busy(ImportJob current) {
        return new AdminException.Conflict("file", "An import is running on this server already (" + current.fileName()
                + ", started by " + current.startedBy() + "; see " + ToolsRoutes.importPage(current.id()) + "). Wait"
                + " for it to finish, then upload again.");
    }

    private void clearSpool() {
        if (!Files.isDirectory(spoolDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(spoolDir)) {
            files.forEach(ImportJobs::deleteQuietly);
        } catch (IOException e) {
            log.warn("Could not clear the import spool {}: {}", spoolDir, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }

    /** Stops taking work; an import still running is interrupted and what it had saved stays. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
