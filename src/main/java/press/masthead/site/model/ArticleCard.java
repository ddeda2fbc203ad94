package press.masthead.site.model;

import java.util.List;

/** An article in a list: home page, archives, related articles. {@code image} and {@code category} may be null. */
public record ArticleCard(
        String url,
        String headline,
        String standfirst,
        String excerpt,
        ImageView image,
        TimeView published,
        LinkView category,
        List<LinkView> authors,
        String lang,
        String dir) {
}
