package press.masthead.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public responses kept as bytes, with a gzip copy, so that a hit touches neither the database nor the
 * template engine. Bounded by total size, least recently used out first. {@link #clear} runs on every content
 * change; a response rendered from the state before a change is never stored after it ({@link #generation}).
 */
public final class PageCache {
    private final long maxBytes;
    private final Map<String, CachedResponse> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private long bytes;

    /** @param maxBytes the most the cached bodies (plain and gzip) may take together; 0 turns the cache off */
    public PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public boolean isEnabled() {
        return maxBytes > 0;
    }

    /** Read before rendering and hand to {@link #put}: a change in between makes the put a no-op. */
    public long generation() {
        return generation.get();
    }

    public Optional<CachedResponse> get(String key) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        CachedResponse response;
        synchronized (this) {
            response = entries.get(key);
        }
        (response == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(response);
    }

    public void put(String key, long renderedAtGeneration, CachedResponse response) {
        if (!isEnabled() || response.size() > maxBytes) {
            return;
        }
        synchronized (this) {
            if (renderedAtGeneration != generation.get()) {
                return;
            }
            CachedResponse previous = entries.put(key, response);
            bytes += response.size() - (previous == null ? 0 : previous.size());
            var eldestFirst = entries.values().iterator();
            while (bytes > maxBytes && eldestFirst.hasNext()) {
                bytes -= eldestFirst.next().size();
                eldestFirst.remove();
            }
        }
    }

    /** Forgets every response: content changed, and any page may show it. */
    public synchronized void clear() {
        generation.incrementAndGet();
        entries.clear();
        bytes = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }
}
