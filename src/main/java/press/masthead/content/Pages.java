package press.masthead.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
        long id = pages.insert(build(0, draft, null));
        return saved(null, id);
    }

    public Page update(long id, PageDraft draft) {
        Page before = pages.findById(id)
                .orElseThrow(() -> new InvalidContentException("id", "no page has id " + id));
        pages.update(build(id, draft, before));
        return saved(before, id);
    }

    /** Removes a page for good; its address then answers 404. */
    public Page delete(long id) {
        Page page = pages.findById(id)
                .orElseThrow(() -> new InvalidContentException("id", "no page has id " + id));
        pages.delete(id);
        events.fire(new ContentEvent.PageDeleted(page));
        return page;
    }

    /** Every page in any state, by id. */
    public List<Page> all() {
        return pages.all();
    }

    public Optional<Page> find(long id) {
        return pages.findById(id);
    }

    private Page saved(Page before, long id) {
        Page saved = pages.findById(id).orElseThrow();
        events.fire(new ContentEvent.PageChanged(before, saved));
        return saved;
    }

    private Page build(long id, PageDraft draft, Page before) {
        String title = Articles.required("title", draft.title());
        String requested = Articles.orEmpty(draft.slug()).strip();
        String slug;
        if (requested.isEmpty()) {
            slug = before != null ? before.slug()
                    : Slugs.unique(Slugs.from(title, "page"), candidate -> pages.slugTaken(candidate, id));
        } else {
            slug = Slugs.from(requested, "page");
            if (pages.slugTaken(slug, id)) {
                throw new SlugTakenException("slug", "'" + slug + "' is already used by another page");
            }
        }
        Instant now = clock.instant();
        String source = Articles.orEmpty(draft.bodySource());
        return new Page(id, slug, title, source, bodyRenderer.render(source).html(), draft.published(),
                publishedAt(draft, before, now), now, Articles.language(draft.language()),
                Articles.orEmpty(draft.seoTitle()).strip(), Articles.orEmpty(draft.seoDescription()).strip(),
                draft.noindex());
    }

    private static Instant publishedAt(PageDraft draft, Page before, Instant now) {
        if (!draft.published()) {
            return null;
        }
        if (draft.publishedAt() != null) {
            return draft.publishedAt();
        }
        return before != null && before.publishedAt() != null ? before.publishedAt() : now;
    }
}
