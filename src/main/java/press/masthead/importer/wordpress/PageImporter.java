package press.masthead.importer.wordpress;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import press.masthead.content.ImportedId;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Page;
import press.masthead.content.PageDraft;
import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * Imports pages as static pages. Masthead's pages are flat ({@code /about/}), so a child page's old nested
 * address ({@code /about/team/}) redirects to its new one.
 */
final class PageImporter {
    private static final Set<String> STATUSES = Set.of("publish", "draft", "pending", "future", "private");

    private final ImportRun run;
    private final CommentImporter comments;
    private final List<Long> toRelink = new ArrayList<>();

    PageImporter(ImportRun run, CommentImporter comments) {
        this.run = run;
        this.comments = comments;
    }

    void add(WxrItem item) {
        if (!STATUSES.contains(item.status())) {
            run.report.problem(item.line(), item.label(), "the status '" + item.status() + "' is not imported");
            run.report.countSkipped(Kind.PAGES);
            return;
        }
        Optional<Page> existing = run.find(SourceKind.PAGE, item.postId(), item.guid())
                .map(ImportedId::targetId).flatMap(run.site.pageStore()::findById);
        ConversionNotes notes = new ConversionNotes();
        PageDraft draft = map(item, existing.map(Page::id).orElse(0L), notes);
        ItemProblems.report(run.report, item, notes);
        Page saved;
        try {
            saved = save(item, draft, existing);
        } catch (InvalidContentException e) {
            run.report.problem(item.line(), item.label(), e.getMessage() + "; skipped");
            run.report.countSkipped(Kind.PAGES);
            return;
        }
        if (saved.published()) {
            run.redirects.from(run.newUrls.permalinks().page(saved), item.link(), "/?page_id=" + item.postId(),
                    "/?p=" + item.postId(), item.guid());
        }
        if (notes.hasUnresolvedLinks()) {
            toRelink.add(saved.id());
        }
    }

    private PageDraft map(WxrItem item, long ownId, ConversionNotes notes) {
        boolean published = "publish".equals(item.status());
        if (published && !item.password().isEmpty()) {
            notes.problem("password-protected; imported unpublished, since Masthead has no passwords for pages");
            published = false;
        }
        String title = ItemText.plain(item.title());
        if (title.isEmpty()) {
            title = ItemText.fallbackTitle(item);
            notes.problem("no title; the page is called '" + title + "'");
        }
        String wantedSlug = SlugPlanner.wanted(item.postName(), title, "page");
        String slug = run.slugs.forPage(wantedSlug, ownId);
        if (!slug.equals(wantedSlug)) {
            notes.problem("the slug '" + wantedSlug + "' is already taken; imported as '" + slug + "'");
        }
        SeoFields seo = SeoFields.of(item, title);
        return new PageDraft(title, slug, run.bodies.convert(item, notes), published, "", seo.title(),
                seo.description(), false, published ? ItemDates.published(item, run.usualOffset()).orElse(null) : null);
    }

    private Page save(WxrItem item, PageDraft draft, Optional<Page> existing) {
        Clock clock = run.clockAt(ItemDates.modified(item, run.usualOffset())
                .or(() -> ItemDates.published(item, run.usualOffset())));
        Page saved = existing.isPresent()
                ? run.site.pages().apply(clock).update(existing.get().id(), draft)
                : run.site.pages().apply(clock).create(draft);
        run.remember(SourceKind.PAGE, item.postId(), item.guid(), run.pathKeyOf(item.link()), saved.id());
        run.report.countSaved(Kind.PAGES, existing.isEmpty());
        comments.add(item, null, saved.id());
        return saved;
    }

    /** Points links at items that came later in the file, now that every item is in. */
    void relink() {
        for (long id : toRelink) {
            Page page = run.site.pageStore().findById(id).orElseThrow();
            String body = run.bodies.relink(page.bodySource(), new ConversionNotes());
            if (!body.equals(page.bodySource())) {
                run.site.pages().apply(Clock.fixed(page.updatedAt(), ZoneOffset.UTC)).update(id, new PageDraft(
                        page.title(), page.slug(), body, page.published(), page.language(), page.seoTitle(),
                        page.seoDescription(), page.noindex(), page.publishedAt()));
            }
        }
    }
}
