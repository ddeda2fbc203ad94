package press.masthead.content;

import java.util.Arrays;

/**
 * A list of published articles as ids, newest first, with each one's publication time (epoch milliseconds): enough
 * to page through it, to count it, and to rank articles from several lists by recency without loading them.
 */
public final class PublishedOrder {
    private final long[] ids;
    private final long[] publishedAt;
    /** Made on the first membership question only: most lists are only ever paged. */
    private volatile long[] sortedIds;

    public PublishedOrder(long[] ids, long[] publishedAt) {
        if (ids.length != publishedAt.length) {
            throw new IllegalArgumentException("ids and times differ in length");
        }
        this.ids = ids;
        this.publishedAt = publishedAt;
    }

    public int size() {
        return ids.length;
    }

    public long id(int position) {
        return ids[position];
    }

    public long publishedAt(int position) {
        return publishedAt[position];
    }

    /** The ids from {@code from} (inclusive) to {@code to} (exclusive), clamped to the list. */
    long[] ids(int from, int to) {
        return Arrays.copyOfRange(ids, Math.min(from, ids.length), Math.min(to, ids.length));
    }

    public boolean contains(long id) {
        long[] sorted = sortedIds;
        if (sorted == null) {
            sorted = ids.clone();
            Arrays.sort(sorted);
            sortedIds = sorted;
        }
        return Arrays.binarySearch(sorted, id) >= 0;
    }
}
