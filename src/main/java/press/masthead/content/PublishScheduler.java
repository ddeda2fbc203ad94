package press.masthead.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles on time inside the server, with no request needed: one timer aimed at the next due
 * time, re-aimed whenever a schedule changes, and never further out than a safety interval (so a schedule set by
 * another node or another process is found too). At start it publishes everything whose time passed while no
 * server ran. Each publication fires the same event as publishing by hand, so the page cache and search follow.
 */
public final class PublishScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PublishScheduler.class);
    /** How many due articles one claim takes; the rest follow at once in the next round. */
    private static final int BATCH = 50;

    private final ArticleStore articles;
    private final ContentEvents events;
    private final Clock clock;
    private final Duration safetyInterval;
    private final Consumer<Article> published;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> next;
    private Instant aimedAt;

    /**
     * @param published told of each article this scheduler published, after the event (for the audit log)
     */
    public PublishScheduler(ArticleStore articles, ContentEvents events, Clock clock, Duration safetyInterval,
                            Consumer<Article> published) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
        this.safetyInterval = safetyInterval;
        this.published = published;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "masthead-publish-scheduler");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Publishes what came due while no server ran, before returning (so a site that starts serving shows it), then
     * aims the timer.
     */
    public void start() {
        run();
    }

    /** Aims the timer again: call after a schedule changed. One indexed query; safe from any thread. */
    public void reaim() {
        aim();
    }

    /** When the timer is set to look next; empty before it was first aimed. */
    public synchronized Optional<Instant> aimedAt() {
        return Optional.ofNullable(aimedAt);
    }

    /**
     * Publishes every scheduled article whose time has come and returns them. Another node sharing the database
     * may publish some of them first; those are not returned here, and not announced twice.
     */
    public List<Article> publishDue() {
        List<Article> done = new ArrayList<>();
        List<Long> claimed;
        do {
            claimed = articles.publishDue(clock.instant(), BATCH);
            for (long id : claimed) {
                articles.findById(id).ifPresent(article -> {
                    events.fire(new ContentEvent.ArticlePublished(article));
                    published.accept(article);
                    done.add(article);
                });
            }
        } while (claimed.size() == BATCH);
        return done;
    }

    private void run() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the safety interval brings us back.
            log.error("Publishing scheduled articles failed; trying again within {}", safetyInterval, e);
        }
        aim();
    }

    private synchronized void aim() {
        if (next != null) {
            next.cancel(false);
        }
        if (timer.isShutdown()) {
            return;
        }
        Instant now = clock.instant();
        Instant latest = now.plus(safetyInterval);
        Instant target = latest;
        try {
            target = articles.nextScheduledAt().filter(due -> due.isBefore(latest)).orElse(latest);
        } catch (RuntimeException e) {
            log.error("Could not read the next scheduled time; looking again within {}", safetyInterval, e);
        }
        long delayMillis = Math.max(0, Duration.between(now, target).toMillis());
        aimedAt = target;
        next = timer.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
