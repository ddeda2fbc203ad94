package press.masthead.content;

import java.util.List;

/** Something that changed public content, told to listeners only after its transaction committed. */
public sealed interface ContentEvent {
    record ArticlePublished(Article article) implements ContentEvent {
    }

    /** A public article changed; {@code before} is how it looked, so listeners can clear its old places too. */
    record ArticleChanged(Article before, Article after) implements ContentEvent {
    }

    record ArticleUnpublished(Article article) implements ContentEvent {
    }

    /** A page was created or changed; {@code before} is null for a new page, so listeners can follow a new slug. */
    record PageChanged(Page before, Page after) implements ContentEvent {
    }

    record PageDeleted(Page page) implements ContentEvent {
    }

    /**
     * A tag's archive moved: its slug changed ({@code from} is the tag before, {@code to} after), or it was merged
     * into {@code to}. Anything on any page may differ, as with {@link SiteChanged}.
     */
    record TagMoved(Tag from, Tag to) implements ContentEvent {
    }

    /**
     * A category's archive moved: its slug changed or it was merged into another. Each side is the category with its
     * ancestors, top-level first, as they were before and are now, since a category's path runs through its parents.
     */
    record CategoryMoved(List<Category> from, List<Category> to) implements ContentEvent {
        public CategoryMoved {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** Authors, tags, categories or site settings changed: anything on any page may differ. */
    record SiteChanged() implements ContentEvent {
    }
}
