package press.masthead.site;

import java.util.function.Consumer;
import java.util.function.Supplier;
import press.masthead.content.ContentEvent;
import press.masthead.content.RedirectStore;

/**
 * Keeps old article URLs working: when a public article's URL changes (a new slug, a corrected date), its old
 * path answers 301 to the new one from then on.
 */
public final class SlugChangeRedirects implements Consumer<ContentEvent> {
    private final Supplier<Permalinks> permalinks;
    private final RedirectStore redirects;

    public SlugChangeRedirects(Supplier<Permalinks> permalinks, RedirectStore redirects) {
        this.permalinks = permalinks;
        this.redirects = redirects;
    }

    @Override
    public void accept(ContentEvent event) {
        if (event instanceof ContentEvent.ArticleChanged changed) {
            Permalinks links = permalinks.get();
            String oldPath = links.article(changed.before());
            String newPath = links.article(changed.after());
            if (!oldPath.equals(newPath)) {
                redirects.put(oldPath, newPath);
            }
        }
    }
}
