package press.masthead.site.model;

import java.util.List;

/** Where a list page stands among its pages; the URLs are null where there is no such page. */
public record PaginationView(int current, int total, String previousUrl, String nextUrl, List<PageLink> pages) {
    public boolean isNeeded() {
        return total > 1;
    }

    /** One numbered link; {@code gap} marks an ellipsis between distant numbers (then url is null). */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }
}
