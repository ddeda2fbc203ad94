package press.masthead.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static CachedResponse page(String text) {
        return CachedResponse.of(RenderedPage.of(200, text, OutputFormat.HTML, Instant.EPOCH), "public", List.of());
    }

    @Test
    void aStoredResponseComesBackWithItsGzipCopy() {
        PageCache cache = new PageCache(1_000_000);
        cache.put("/a/", cache.generation(), page("x".repeat(5_000)));
        CachedResponse hit = cache.get("/a/").orElseThrow();
        assertThat(new String(hit.body(), StandardCharsets.UTF_8)).hasSize(5_000);
        assertThat(hit.gzipBody()).isNotNull().hasSizeLessThan(200);
        assertThat(hit.gzipEtag()).isNotEqualTo(hit.etag());
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void aResponseRenderedBeforeAChangeIsNotStoredAfterIt() {
        PageCache cache = new PageCache(1_000_000);
        long before = cache.generation();
        cache.clear();
        cache.put("/a/", before, page("stale"));
        assertThat(cache.get("/a/")).isEmpty();
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void clearingForgetsEverything() {
        PageCache cache = new PageCache(1_000_000);
        cache.put("/a/", cache.generation(), page("a"));
        cache.put("/b/", cache.generation(), page("b"));
        cache.clear();
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheSizeCap() {
        String body = "y".repeat(500);
        long one = page(body).size();
        PageCache cache = new PageCache(one * 3);
        cache.put("/1/", cache.generation(), page(body));
        cache.put("/2/", cache.generation(), page(body));
        cache.put("/3/", cache.generation(), page(body));
        cache.get("/1/");
        cache.put("/4/", cache.generation(), page(body));
        assertThat(cache.get("/2/")).as("least recently used").isEmpty();
        assertThat(cache.get("/1/")).isPresent();
        assertThat(cache.get("/4/")).isPresent();
        assertThat(cache.bytes()).isLessThanOrEqualTo(one * 3);
    }

    @Test
    void aZeroSizeCacheStoresNothing() {
        PageCache cache = new PageCache(0);
        cache.put("/a/", cache.generation(), page("a"));
        assertThat(cache.isEnabled()).isFalse();
        assertThat(cache.get("/a/")).isEmpty();
    }
}
