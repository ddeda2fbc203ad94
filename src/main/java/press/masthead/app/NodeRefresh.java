package press.masthead.app;

import java.time.Instant;
import java.util.List;
import press.masthead.cluster.RemoteChanges;
import press.masthead.search.SiteSearch;

/**
 * What this node does when another node changed content: forget its cached pages and lists, bring its search index
 * along.
 */
final class NodeRefresh implements RemoteChanges {
    private final Runnable forgetRenderedContent;
    private final SiteSearch search;

    NodeRefresh(Runnable forgetRenderedContent, SiteSearch search) {
        this.forgetRenderedContent = forgetRenderedContent;
        this.search = search;
    }

    @Override
    public void changed(List<Long> articleIds) {
        forgetRenderedContent.run();
        search.refresh(articleIds);
    }

    @Override
    public void reconnected(Instant since) {
        forgetRenderedContent.run();
        // A notice sent just before the connection dropped may be lost with it: look a little further back.
        search.catchUp(since.minusSeconds(60));
    }
}
