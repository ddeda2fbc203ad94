package press.masthead.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of every list of published articles (home, archives, feeds, a tag's or category's articles for
 * related ones), read once as ids and remembered until content changes, so that paging through a list costs one
 * indexed read of its ten rows per page instead of walking the list again to each page's offset; a list's size
 * needs no count either. Holds at most {@link #MAX_LONGS} longs: two for each article of a list (its id and time)
 * and a third once the list is asked what it contains, plus {@link #LIST_COST} for each list, so that empty lists
 * of any date a crawler asks for are bounded too. The least recently used lists go first beyond that.
 */
public final class PublishedLists {
    /** 24 MB: every list of a site of 100,000 articles (about 900,000 articles in all), paged. */
    static final long MAX_LONGS = 3_000_000;
    static final int LIST_COST = 16;

    private final ArticleStore articles;
    private final long maxLongs;
    private final Map<ArticleFilter, PublishedOrder> lists = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private long generation;

    public PublishedLists(ArticleStore articles) {
        this(articles, MAX_LONGS);
    }

    PublishedLists(ArticleStore articles, long maxLongs) {
        this.articles = articles;
        this.maxLongs = maxLongs;
    }

    /** How many published articles the list holds. */
    public int count(ArticleFilter filter) {
        return order(filter).size();
    }

    /** Up to {@code limit} articles of the list from {@code offset} on, in the list's order. */
    public List<Article> page(ArticleFilter filter, int offset, int limit) {
        return inOrder(order(filter).ids(offset, offset + limit));
    }

    /** The articles with these ids, in this order, loaded together. */
    List<Article> inOrder(long[] slice) {
        if (slice.length == 0) {
            return List.of();
        }
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

    /** The whole list, read now or remembered. */
    public PublishedOrder order(ArticleFilter filter) {
        long startedAt;
        synchronized (this) {
            PublishedOrder known = lists.get(filter);
            if (known != null) {
                return known;
            }
            startedAt = generation;
        }
        PublishedOrder order = articles.publishedOrder(filter);
        synchronized (this) {
            // A change since the read began may be missing from it: use it for this answer, keep it for none.
            if (startedAt == generation && costOf(order) <= maxLongs && !lists.containsKey(filter)) {
                lists.put(filter, order);
                held += costOf(order);
                evictBeyondLimit();
            }
        }
        return order;
    }

    private void evictBeyondLimit() {
        var eldest = lists.entrySet().iterator();
        while (held > maxLongs && eldest.hasNext()) {
            held -= costOf(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** In longs: two for each article (id and time), and the third its membership copy may take, counted always. */
    private static long costOf(PublishedOrder order) {
        return 3L * order.size() + LIST_COST;
    }
}
