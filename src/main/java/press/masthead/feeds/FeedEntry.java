package press.masthead.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One article as a feed entry, in no particular format.
 *
 * @param id          a stable identifier that survives slug and headline changes (see {@link ArticleIds})
 * @param summary     the article's plain-text excerpt
 * @param contentHtml the whole body with absolute URLs, or null when the site publishes excerpts only
 * @param language    the article's own language, or empty when it is in the site's language
 * @param categories  the names of its categories, then of its tags: feeds know only one kind of label
 * @param image       the featured image, or null
 */
record FeedEntry(String id, String url, String title, String summary, String contentHtml, Instant published,
                 Instant updated, String language, List<Person> authors, List<String> categories, Enclosure image) {
    FeedEntry {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** A byline: the author's name, archive page and, when set, avatar. */
    record Person(String name, String url, String avatarUrl) {
    }

    /** An image to show with the entry; {@code length} is its size in bytes, 0 when unknown. */
    record Enclosure(String url, String mediaType, long length, String description) {
    }
}
