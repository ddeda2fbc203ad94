package press.masthead.bench;

import java.time.Instant;
import java.util.List;
import press.masthead.content.BodyRenderer;

/** An article as the generator wrote it, before its Markdown body is rendered. */
record ArticleSource(
        long id,
        String slug,
        String headline,
        String standfirst,
        String bodySource,
        Instant publishedAt,
        Instant updatedAt,
        List<Long> authorIds,
        long categoryId,
        List<Long> tagIds) {

    GeneratedArticle rendered(BodyRenderer renderer) {
        return new GeneratedArticle(this, renderer.render(bodySource));
    }
}
