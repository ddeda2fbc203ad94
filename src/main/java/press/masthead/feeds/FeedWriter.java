package press.masthead.feeds;

/** Writes a feed as the text of one format. */
interface FeedWriter {
    String write(Feed feed);
}
