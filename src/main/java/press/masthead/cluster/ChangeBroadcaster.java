package press.masthead.cluster;

import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.masthead.content.ContentEvent;

/**
 * Tells the other nodes about each change this process committed. Content events fire only after the commit, so
 * another node that hears of a change can already read it. Every process on the database announces its changes,
 * the command line included, so a correction added from a shell reaches every serving node.
 */
public final class ChangeBroadcaster implements Consumer<ContentEvent> {
    static final String CHANNEL = "masthead_content";
    private static final Logger log = LoggerFactory.getLogger(ChangeBroadcaster.class);

    private final Jdbi jdbi;
    private final String node;

    public ChangeBroadcaster(Jdbi jdbi, String node) {
        this.jdbi = jdbi;
        this.node = node;
    }

    @Override
    public void accept(ContentEvent event) {
        String payload = ClusterMessage.of(node, event).toJson();
        try {
            jdbi.useHandle(h -> h.createQuery("SELECT pg_notify(:channel, :payload)")
                    .bind("channel", CHANNEL).bind("payload", payload).mapTo(String.class).one());
        } catch (RuntimeException e) {
            // The change itself is committed; nodes that miss this notice catch up when they reconnect.
            log.warn("Could not tell the other nodes about a change: {}", e.getMessage());
        }
    }
}
