package press.masthead.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of every list of published articles (home, archives, feeds), read once as ids and remembered until
 * content changes, so that paging through a list costs one indexed read of its ten rows per page instead of
 * walking the list again to each page's offset; a list's size needs no count either. Holds at most
 * {@link #MAX_IDS} ids (eight bytes each, and each list costs {@link #LIST_COST} more, so that empty lists of any
 * date a crawler asks for are bounded too); the least recently used lists go first beyond that.
 */
public final class PublishedLists {
    /** Enough for every list of a site of 100,000 articles (about 900,000 ids in all) in 16 MB. */
    static final long MAX_IDS = 2_000_000;
    static final int LIST_COST = 16;

    private final ArticleStore articles;
    private final long maxIds;
    private final Map<ArticleFilter, long[]> lists = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private long generation;

    public PublishedLists(ArticleStore articles) {
        this(articles, MAX_IDS);
    }

    PublishedLists(ArticleStore articles, long maxIds) {
        this.articles = articles;
        this.maxIds = maxIds;
    }

    /** How many published articles the list holds. */
    public int count(ArticleFilter filter) {
        return ids(filter).length;
    }

    /** Up to {@code limit} articles of the list from {@code offset} on, in the list's order. */
    public List<Article> page(ArticleFilter filter, int offset, int limit) {
        long[] ids = ids(filter);
        if (offset >= ids.length) {
            return List.of();
        }
        long[] slice = Arrays.copyOfRange(ids, offset, Math.min(ids.length, offset + limit));
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < slice.length; i++) {
            positions.put(slice[i], i);
        }
        List<Article> found = new ArrayList<>(articles.findByIds(new ArrayList<>(positions.keySet())));
        found.sort(Comparator.comparingInt(article -> positions.get(article.id())));
        return found;
    }

    /**
     * Forgets every list. Call it on every content change, before the page cache is cleared: a page rendered
     * after the page cache moves on must not find a list from before the change.
     */
    public synchronized void forget() {
        lists.clear();
        held = 0;
        generation++;
    }

    private long[] ids(ArticleFilter filter) {
        long startedAt;
        synchronized (this) {
            long[] known = lists.get(filter);
            if (known != null) {
                return known;
            }
            startedAt = generation;
        }
        long[] ids = articles.publishedIds(filter);
        synchronized (this) {
            // A change since the read began may be missing from it: use it for this answer, keep it for none.
            if (startedAt == generation && costOf(ids) <= maxIds && !lists.containsKey(filter)) {
                lists.put(filter, ids);
                held += costOf(ids);
                evictBeyondLimit();
            }
        }
        return ids;
    }

    private void evictBeyondLimit() {
        var eldest = lists.entrySet().iterator();
        while (held > maxIds && eldest.hasNext()) {
            held -= costOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    private static long costOf(long[] ids) {
        return ids.length + (long) LIST_COST;
    }
}
