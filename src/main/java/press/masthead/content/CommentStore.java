package press.masthead.content;

import java.util.List;

/** Where comments are kept. */
public interface CommentStore {
    long insert(Comment comment);

    void update(Comment comment);

    /** An article's comments, oldest first. */
    List<Comment> ofArticle(long articleId);

    /** A page's comments, oldest first. */
    List<Comment> ofPage(long pageId);
}
