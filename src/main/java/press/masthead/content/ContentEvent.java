package press.masthead.content;

/** Something that changed public content, told to listeners only after its transaction committed. */
public sealed interface ContentEvent {
    record ArticlePublished(Article article) implements ContentEvent {
    }

    /** A public article changed; {@code before} is how it looked, so listeners can clear its old places too. */
    record ArticleChanged(Article before, Article after) implements ContentEvent {
    }

    record ArticleUnpublished(Article article) implements ContentEvent {
    }

    record PageChanged(Page page) implements ContentEvent {
    }

    /** Authors, tags, categories or site settings changed: anything on any page may differ. */
    record SiteChanged() implements ContentEvent {
    }
}
