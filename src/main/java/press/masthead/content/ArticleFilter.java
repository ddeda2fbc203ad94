package press.masthead.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which published articles a list shows. Empty fields do not filter; {@code categoryIds} holds a category and
 * all of its descendants, so a parent's archive includes its children's articles.
 */
public record ArticleFilter(Long tagId, List<Long> categoryIds, Long authorId, Instant publishedFrom, Instant publishedBefore) {
    public ArticleFilter {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    public static ArticleFilter all() {
        return new ArticleFilter(null, List.of(), null, null, null);
    }

    public static ArticleFilter tag(long tagId) {
        return new ArticleFilter(tagId, List.of(), null, null, null);
    }

    public static ArticleFilter categories(List<Long> categoryIds) {
        return new ArticleFilter(null, categoryIds, null, null, null);
    }

    /** Articles in {@code root} or any category below it; {@code all} is the whole category tree. */
    public static ArticleFilter categoryTree(Category root, List<Category> all) {
        Set<Long> ids = new LinkedHashSet<>(List.of(root.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category c : all) {
                if (c.parentId() != null && ids.contains(c.parentId()) && ids.add(c.id())) {
                    grew = true;
                }
            }
        }
        return categories(new ArrayList<>(ids));
    }

    public static ArticleFilter author(long authorId) {
        return new ArticleFilter(null, List.of(), authorId, null, null);
    }

    public static ArticleFilter publishedBetween(Instant from, Instant before) {
        return new ArticleFilter(null, List.of(), null, from, before);
    }
}
