package press.masthead.app;

import java.time.Instant;
import java.util.List;
import press.masthead.cluster.RemoteChanges;
import press.masthead.output.PageCache;
import press.masthead.search.SiteSearch;

/** What this node does when another node changed content: forget its cached pages, bring its search index along. */
final class NodeRefresh implements RemoteChanges {
    private final PageCache pageCache;
    private final SiteSearch search;

    NodeRefresh(PageCache pageCache, SiteSearch search) {
        this.pageCache = pageCache;
        this.search = search;
    }

    @Override
    public void changed(List<Long> articleIds) {
        pageCache.clear();
        search.refresh(articleIds);
    }

    @Override
    public void reconnected(Instant since) {
        pageCache.clear();
        // A notice sent just before the connection dropped may be lost with it: look a little further back.
        search.catchUp(since.minusSeconds(60));
    }
}
