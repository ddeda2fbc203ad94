package press.masthead.feeds;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.site.Permalinks;

/** Turns a stored article into a feed entry: absolute URLs, a stable id, and the body or only the excerpt. */
final class FeedEntries {
    private final Permalinks links;
    private final ArticleIds ids;
    private final FeedImages images;
    private final boolean fullContent;

    FeedEntries(Permalinks links, ArticleIds ids, FeedImages images, boolean fullContent) {
        this.links = links;
        this.ids = ids;
        this.images = images;
        this.fullContent = fullContent;
    }

    FeedEntry of(Article article) {
        String url = links.absolute(links.article(article));
        String content = fullContent ? FeedText.clean(AbsoluteUrls.in(article.bodyHtml(), url)) : null;
        // A scheduled article was last edited before it went out; to a reader it is new when it is published.
        Instant published = article.publishedAt();
        Instant updated = article.updatedAt().isAfter(published) ? article.updatedAt() : published;
        return new FeedEntry(ids.of(article), url, FeedText.clean(article.headline()),
                FeedText.clean(article.excerpt()), content, published, updated, article.language(),
                article.authors().stream().map(this::person).toList(), labels(article),
                article.image().map(images::of).orElse(null));
    }

    private FeedEntry.Person person(Author author) {
        String avatar = author.avatarUrl().isBlank() ? "" : AbsoluteUrls.of(author.avatarUrl(), links.absolute("/"));
        return new FeedEntry.Person(FeedText.clean(author.name()), links.absolute(links.author(author)), avatar);
    }

    private static List<String> labels(Article article) {
        Set<String> names = new LinkedHashSet<>();
        article.categories().stream().map(Category::name).map(FeedText::clean).forEach(names::add);
        article.tags().stream().map(Tag::name).map(FeedText::clean).forEach(names::add);
        return List.copyOf(names);
    }
}
