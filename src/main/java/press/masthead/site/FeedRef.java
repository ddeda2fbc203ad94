package press.masthead.site;

/**
 * A feed path before anything is loaded: the list whose newest articles it carries (the first page of the home,
 * a tag, a category or an author archive) and the format. {@link Permalinks#resolveFeed} makes these.
 */
public record FeedRef(PageRef list, FeedFormat format) {
}
