package press.masthead.importer.wordpress;

import java.util.LinkedHashSet;
import java.util.Set;
import press.masthead.content.RedirectStore;

/**
 * Makes the old site's addresses answer 301 with the new ones: an item's link, its {@code /?p=ID} form,
 * attachment pages, and category, tag and author archives whose paths changed. An address that is the same on both
 * sites needs no redirect and gets none.
 */
final class OldUrlRedirects {
    private final RedirectStore redirects;
    private final OldSite site;
    private final ImportReport report;

    OldUrlRedirects(RedirectStore redirects, OldSite site, ImportReport report) {
        this.redirects = redirects;
        this.site = site;
        this.report = report;
    }

    /**
     * Redirects each old address to {@code target}: absolute URLs of the old site, root-relative paths and query
     * addresses such as {@code /?p=123}. Addresses on other hosts are no business of this site and are passed over.
     */
    void from(String target, String... oldUrls) {
        Set<String> keys = new LinkedHashSet<>();
        for (String url : oldUrls) {
            site.pathKey(url).ifPresent(keys::add);
        }
        // The old home page is the new one; an item that WordPress showed there (a static front page) keeps its own URL.
        keys.remove("/");
        for (String key : keys) {
            if (!key.equals(target)) {
                redirects.put(key, target);
                report.redirected();
            }
        }
    }
}
