package press.masthead.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import press.masthead.content.Article;
import press.masthead.content.AuthorStore;
import press.masthead.content.PublishedLists;
import press.masthead.content.SiteSettings;
import press.masthead.content.TaxonomyStore;
import press.masthead.media.MediaStorage;
import press.masthead.output.RenderedPage;
import press.masthead.site.FeedFormat;
import press.masthead.site.FeedRef;
import press.masthead.site.Permalinks;
import press.masthead.site.Rendition;

/**
 * Turns a feed reference into a {@link RenderedPage} in four steps: load the list and its newest articles, build
 * the feed model, write it in the asked format, encode the bytes. Serving and the static export both call this.
 */
public final class FeedRenderer {
    /** How many of the newest articles each feed carries. */
    static final int ENTRIES = 20;

    private final PublishedLists lists;
    private final FeedScopes scopes;
    private final Supplier<SiteSettings> settings;
    private final MediaStorage media;

    /**
     * @param settings the site settings in force, with the base URL resolved (feeds hold absolute URLs only)
     */
    public FeedRenderer(PublishedLists lists, TaxonomyStore taxonomy, AuthorStore authors,
                        Supplier<SiteSettings> settings, MediaStorage media) {
        this.lists = lists;
        this.scopes = new FeedScopes(taxonomy, authors);
        this.settings = settings;
        this.media = media;
    }

    /** The feed, with the path it really lives at; {@link Rendition.Missing} when its list does not exist. */
    public Rendition render(FeedRef ref) {
        SiteSettings site = settings.get();
        Permalinks links = Permalinks.of(site);
        Optional<FeedScope> found = scopes.find(ref.list(), site, links);
        if (found.isEmpty()) {
            return new Rendition.Missing();
        }
        FeedScope scope = found.get();
        List<Article> newest = lists.page(scope.filter(), 0, ENTRIES);

        String path = links.feed(scope.listPath(), ref.format());
        FeedEntries toEntry = new FeedEntries(links, new ArticleIds(site.baseUrl()), new FeedImages(media, links),
                site.feedFullContent());
        List<FeedEntry> entries = newest.stream().map(toEntry::of).toList();
        // An empty list has no date of its own; like an empty archive page, it is as new as the request.
        // An empty feed has never changed: a fixed time keeps its bytes, its ETag and a static export stable.
        Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        Feed feed = new Feed(FeedText.clean(scope.title()), FeedText.clean(scope.description()), site.language(),
                links.absolute(scope.listPath()), links.absolute(path), updated, site.timeZone(), entries);

        String text = writerFor(ref.format()).write(feed);

        return new Rendition.Rendered(RenderedPage.of(200, text, ref.format().output(), updated), path);
    }

    /** Made when a feed is asked for, so that a start loads none of the XML and JSON libraries behind them. */
    private static FeedWriter writerFor(FeedFormat format) {
        return switch (format) {
            case RSS -> new RssWriter();
            case ATOM -> new AtomWriter();
            case JSON -> new JsonFeedWriter();
        };
    }
}
