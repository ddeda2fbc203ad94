package press.masthead.content;

import java.time.Clock;
import java.time.Instant;

/** The rules for static pages: a title, a unique slug, the body rendered once at save time. */
public final class Pages {
    private final PageStore pages;
    private final BodyRenderer bodyRenderer;
    private final ContentEvents events;
    private final Clock clock;

    public Pages(PageStore pages, BodyRenderer bodyRenderer, ContentEvents events, Clock clock) {
        this.pages = pages;
        this.bodyRenderer = bodyRenderer;
        this.events = events;
        this.clock = clock;
    }

    public Page create(PageDraft draft) {
        String title = Articles.required("title", draft.title());
        String requested = Articles.orEmpty(draft.slug()).strip();
        String slug;
        if (requested.isEmpty()) {
            slug = Slugs.unique(Slugs.from(title, "page"), candidate -> pages.slugTaken(candidate, 0));
        } else {
            slug = Slugs.from(requested, "page");
            if (pages.slugTaken(slug, 0)) {
                throw new InvalidContentException("slug", "'" + slug + "' is already used by another page");
            }
        }
        Instant now = clock.instant();
        String source = Articles.orEmpty(draft.bodySource());
        Page page = new Page(0, slug, title, source, bodyRenderer.render(source).html(), draft.published(),
                draft.published() ? now : null, now, Articles.language(draft.language()),
                Articles.orEmpty(draft.seoTitle()).strip(), Articles.orEmpty(draft.seoDescription()).strip(),
                draft.noindex());
        long id = pages.insert(page);
        Page saved = pages.findBySlug(slug).filter(p -> p.id() == id).orElseThrow();
        events.fire(new ContentEvent.PageChanged(saved));
        return saved;
    }
}
