package press.masthead.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** JSON Feed 1.1 (jsonfeed.org/version/1.1), with a plain-text item when the site publishes excerpts only. */
final class JsonFeedWriter implements FeedWriter {
    private static final String VERSION = "https://jsonfeed.org/version/1.1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(Feed feed) {
        JsonFeed json = new JsonFeed(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(),
                feed.language(), feed.entries().stream().map(e -> item(e, feed)).toList());
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson could not write the JSON feed " + feed.selfUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private static JsonItem item(FeedEntry entry, Feed feed) {
        boolean full = entry.contentHtml() != null;
        return new JsonItem(entry.id(), entry.url(), entry.title(), full ? entry.contentHtml() : null,
                full ? null : entry.summary(), entry.summary(),
                entry.image() == null ? null : entry.image().url(),
                FeedDates.rfc3339(entry.published(), feed.zone()), FeedDates.rfc3339(entry.updated(), feed.zone()),
                entry.authors().stream().map(a -> new JsonAuthor(a.name(), a.url(), a.avatarUrl())).toList(),
                entry.categories(), entry.language());
    }

    /** The top-level object; field order is the order JSON Feed lists them in, version first. */
    record JsonFeed(String version, String title, String homePageUrl, String feedUrl, String description,
                    String language, @JsonInclude(JsonInclude.Include.ALWAYS) List<JsonItem> items) {
    }

    record JsonItem(String id, String url, String title, String contentHtml, String contentText, String summary,
                    String image, String datePublished, String dateModified, List<JsonAuthor> authors,
                    List<String> tags, String language) {
    }

    record JsonAuthor(String name, String url, String avatar) {
    }
}
