package press.masthead.feeds;

import press.masthead.content.ArticleFilter;

/** The list a feed follows: its title and description, the path of its page, and which articles it holds. */
record FeedScope(String title, String description, String listPath, ArticleFilter filter) {
}
