package press.masthead.cluster;

import java.time.Instant;
import java.util.List;

/** What a node does about changes other nodes made. */
public interface RemoteChanges {
    /** Another node committed a change; {@code articleIds} are the articles it touched (maybe none). */
    void changed(List<Long> articleIds);

    /**
     * The connection to the other nodes was lost at {@code since} and is back: anything may have changed
     * meanwhile.
     */
    void reconnected(Instant since);
}
