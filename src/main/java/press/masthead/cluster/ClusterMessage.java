package press.masthead.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import press.masthead.content.ContentEvent;

/**
 * What one node tells the others about a committed change: which node (so it ignores its own), and which articles
 * it touched. Pages, authors, taxonomies and settings travel as "something else changed", which empties the page
 * cache; only articles are in the search index.
 *
 * @param articleIds the articles to re-read (published, changed or unpublished); empty for other changes
 */
record ClusterMessage(String node, List<Long> articleIds) {
    private static final ObjectMapper JSON = new ObjectMapper();

    ClusterMessage {
        articleIds = List.copyOf(articleIds);
    }

    static ClusterMessage of(String node, ContentEvent event) {
        if (event instanceof ContentEvent.ArticlePublished published) {
            return new ClusterMessage(node, List.of(published.article().id()));
        }
        if (event instanceof ContentEvent.ArticleChanged changed) {
            return new ClusterMessage(node, List.of(changed.after().id()));
        }
        if (event instanceof ContentEvent.ArticleUnpublished unpublished) {
            return new ClusterMessage(node, List.of(unpublished.article().id()));
        }
        return new ClusterMessage(node, List.of());
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A cluster message could not be written: " + e.getMessage(), e);
        }
    }

    /** The message in a notification's payload; nothing for a payload some other program sent on our channel. */
    static Optional<ClusterMessage> parse(String payload) {
        try {
            ClusterMessage message = JSON.readValue(payload, ClusterMessage.class);
            return message.node() == null ? Optional.empty() : Optional.of(message);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
