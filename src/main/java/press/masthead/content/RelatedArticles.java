package press.masthead.content;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published articles most like an article: a shared tag scores two, being filed in the article's primary
 * category one (tags say more about the subject), then the newest first. Ranked in memory from the remembered
 * lists of the article's tags and category, so an article page costs no query for it beyond loading the few
 * articles chosen, and no more on a site of 100,000 articles than on one of 1,000: only the
 * {@link #CANDIDATES_PER_TAG} newest articles of each shared tag compete through it, and the category adds its
 * newest articles that share no tag, enough to fill the list.
 */
public final class RelatedArticles {
    static final int CANDIDATES_PER_TAG = 100;

    private final PublishedLists lists;

    public RelatedArticles(PublishedLists lists) {
        this.lists = lists;
    }

    public List<Article> of(Article article, int limit) {
        List<PublishedOrder> tagLists = article.tags().stream()
                .map(tag -> lists.order(ArticleFilter.tag(tag.id()))).toList();
        PublishedOrder category = article.primaryCategory() == null ? null
                : lists.order(ArticleFilter.categories(List.of(article.primaryCategory().id())));
        Map<Long, Candidate> candidates = new HashMap<>();
        for (PublishedOrder tagList : tagLists) {
            for (int i = 0; i < Math.min(CANDIDATES_PER_TAG, tagList.size()); i++) {
                long id = tagList.id(i);
                if (id != article.id()) {
                    long publishedAt = tagList.publishedAt(i);
                    int inCategory = category != null && category.contains(id) ? 1 : 0;
                    candidates.computeIfAbsent(id, key -> new Candidate(key, publishedAt, inCategory)).score += 2;
                }
            }
        }
        if (category != null) {
            int added = 0;
            for (int i = 0; i < category.size() && added < limit; i++) {
                long id = category.id(i);
                if (id != article.id() && !candidates.containsKey(id)
                        && tagLists.stream().noneMatch(tagList -> tagList.contains(id))) {
                    candidates.put(id, new Candidate(id, category.publishedAt(i), 1));
                    added++;
                }
            }
        }
        long[] chosen = candidates.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed()
                        .thenComparing(Comparator.comparingLong(Candidate::publishedAt).reversed())
                        .thenComparing(Comparator.comparingLong(Candidate::id).reversed()))
                .limit(limit).mapToLong(Candidate::id).toArray();
        return lists.inOrder(chosen);
    }

    private static final class Candidate {
        private final long id;
        private final long publishedAt;
        private int score;

        Candidate(long id, long publishedAt, int score) {
            this.id = id;
            this.publishedAt = publishedAt;
            this.score = score;
        }

        long id() {
            return id;
        }

        long publishedAt() {
            return publishedAt;
        }

        int score() {
            return score;
        }
    }
}
