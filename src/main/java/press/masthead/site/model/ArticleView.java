package press.masthead.site.model;

import java.util.List;

/**
 * A whole article for the article template. {@code updated} is null unless the article changed after it was
 * published; {@code image} and {@code category} may be null; {@code bodyHtml} is already sanitized.
 */
public record ArticleView(
        String url,
        String headline,
        String standfirst,
        String bodyHtml,
        ImageView image,
        TimeView published,
        TimeView updated,
        LinkView category,
        List<LinkView> categories,
        List<LinkView> tags,
        List<AuthorView> authors,
        int wordCount,
        int readingMinutes,
        String lang,
        String dir) {
}
