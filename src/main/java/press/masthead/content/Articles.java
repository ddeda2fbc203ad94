package press.masthead.content;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules for writing articles: required fields, unique slugs, rendering the body once at save time, versions
 * that refuse a save over someone else's newer one, revisions of the newsroom's saves, the workflow's status
 * changes, and telling listeners what changed after it committed. Who may do what is checked before this, by the
 * callers that know the accounts.
 */
public final class Articles {
    public static final int MAX_HEADLINE_LENGTH = 300;

    private final ArticleStore articles;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final BodyRenderer bodyRenderer;
    private final ContentEvents events;
    private final Clock clock;
    private final Runnable schedulesChanged;

    /**
     * @param schedulesChanged told after an article was scheduled, rescheduled or taken off the schedule, so that
     *                         the publishing timer aims at the right time
     */
    public Articles(ArticleStore articles, AuthorStore authors, TaxonomyStore taxonomy, BodyRenderer bodyRenderer,
                    ContentEvents events, Clock clock, Runnable schedulesChanged) {
        this.articles = articles;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.bodyRenderer = bodyRenderer;
        this.events = events;
        this.clock = clock;
        this.schedulesChanged = schedulesChanged;
    }

    /** Creates an article as the system (an import, the demo): no owner, no revision, sanitized HTML. */
    public Article create(ArticleDraft draft) {
        return create(draft, SavedBy.system());
    }

    /** Creates an article owned by whoever saves it, with its first revision when that is a person. */
    public Article create(ArticleDraft draft, SavedBy by) {
        Article article = build(0, draft, null, by);
        long id = articles.insert(article, note(RevisionKind.SAVE, by));
        Article saved = articles.findById(id).orElseThrow();
        announce(null, saved);
        return saved;
    }

    /** Changes an article as the system, whatever its version: no revision, sanitized HTML. */
    public Article update(long id, ArticleDraft draft) {
        Article before = existing(id);
        articles.update(build(id, draft, before, SavedBy.system()), null, null);
        Article after = existing(id);
        announce(before, after);
        return after;
    }

    /**
     * An explicit save by a writer who edited {@code editedVersion}: refused with {@link ArticleConflictException}
     * when someone saved since; kept as a revision.
     */
    public Article save(long id, ArticleDraft draft, int editedVersion, SavedBy by) {
        return save(id, draft, editedVersion, by, RevisionKind.SAVE);
    }

    /**
     * The editor's periodic save. A public article stays as readers see it: the autosave is only kept as the
     * writer's autosave revision, and the article is answered unchanged. Any other article takes the changes (its
     * status and time of publishing stay; an autosave never publishes), and the writer's previous autosave
     * revision is replaced rather than another added.
     */
    public Article autosave(long id, ArticleDraft draft, int editedVersion, SavedBy by) {
        Article before = existing(id);
        ArticleDraft kept = new ArticleDraft(draft.headline(), draft.standfirst(), draft.slug(), draft.bodySource(),
                before.status(), before.publishedAt(), draft.authorIds(), draft.primaryCategoryId(),
                draft.categoryIds(), draft.tagIds(), draft.featuredImage(), draft.language(), draft.seoTitle(),
                draft.seoDescription(), draft.canonicalUrl(), draft.noindex(), draft.featured());
        if (before.version() != editedVersion) {
            throw new ArticleConflictException(editedVersion, before);
        }
        if (before.isPublic()) {
            articles.keepAutosave(build(id, kept, before, by), note(RevisionKind.AUTOSAVE, by));
            return before;
        }
        return save(id, kept, editedVersion, by, RevisionKind.AUTOSAVE);
    }

    /** Saves a revision's fields again as a new revision; the article keeps its status and time of publishing. */
    public Article restore(long id, long revisionId, int editedVersion, SavedBy by) {
        Article current = existing(id);
        Revision revision = articles.revision(revisionId).filter(r -> r.articleId() == id)
                .orElseThrow(() -> new InvalidContentException("revision", "article " + id + " has no revision "
                        + revisionId));
        ArticleDraft old = revision.content();
        ArticleDraft restored = new ArticleDraft(old.headline(), old.standfirst(), old.slug(), old.bodySource(),
                current.status(), current.publishedAt(), old.authorIds(), old.primaryCategoryId(), old.categoryIds(),
                old.tagIds(), old.featuredImage(), old.language(), old.seoTitle(), old.seoDescription(),
                old.canonicalUrl(), old.noindex(), old.featured());
        return save(id, restored, editedVersion, by, RevisionKind.RESTORE);
    }

    private Article save(long id, ArticleDraft draft, int editedVersion, SavedBy by, RevisionKind kind) {
        Article before = existing(id);
        if (!articles.update(build(id, draft, before, by), editedVersion, note(kind, by))) {
            throw new ArticleConflictException(editedVersion, existing(id));
        }
        Article after = existing(id);
        announce(before, after);
        return after;
    }

    /**
     * Moves an article through the workflow. Publishing keeps an earlier time of publishing (a republished article
     * keeps its date) and takes now when there is none; scheduling needs a time in the future; taking a published
     * or scheduled article down makes it unpublished. {@code editedVersion}, when given, must still be current.
     */
    public Article changeStatus(long id, ArticleStatus to, Instant publishAt, Integer editedVersion) {
        Article before = existing(id);
        Instant now = clock.instant();
        Instant publishedAt = switch (to) {
            case SCHEDULED -> {
                if (publishAt == null) {
                    throw new InvalidContentException("publishAt", "a scheduled article needs the time to publish it");
                }
                if (!publishAt.isAfter(now)) {
                    throw new InvalidContentException("publishAt", "is not in the future; publish the article now"
                            + " instead, or choose a later time");
                }
                yield publishAt;
            }
            case PUBLISHED -> before.publishedAt() != null && before.status() != ArticleStatus.SCHEDULED
                    ? before.publishedAt() : now;
            default -> before.status() == ArticleStatus.SCHEDULED ? null : before.publishedAt();
        };
        if (!articles.changeStatus(id, to, publishedAt, now, editedVersion)) {
            throw new ArticleConflictException(editedVersion, existing(id));
        }
        Article after = existing(id);
        announce(before, after);
        return after;
    }

    /** Deletes an article for good, with its revisions and notes; a public one disappears from the site. */
    public void delete(long id) {
        Article before = existing(id);
        articles.delete(id);
        if (before.isPublic()) {
            events.fire(new ContentEvent.ArticleUnpublished(before));
        }
        if (before.status() == ArticleStatus.SCHEDULED) {
            schedulesChanged.run();
        }
    }

    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    public List<Revision> revisions(long articleId) {
        return articles.revisions(articleId);
    }

    public Optional<Revision> revision(long revisionId) {
        return articles.revision(revisionId);
    }

    /**
     * The article as {@code draft} would make it, rendered with {@code by}'s trust, without saving anything: what
     * the editor's live preview and the admin preview show.
     */
    public Article unsaved(Long id, ArticleDraft draft, SavedBy by) {
        Article before = id == null ? null : existing(id);
        return build(id == null ? 0 : id, draft, before, by);
    }

    private Article existing(long id) {
        return articles.findById(id).orElseThrow(() -> new InvalidContentException("id", "no article has id " + id));
    }

    /** Tells listeners what readers will see differently, and the scheduler when a schedule changed. */
    private void announce(Article before, Article after) {
        boolean wasPublic = before != null && before.isPublic();
        if (wasPublic && after.isPublic()) {
            events.fire(new ContentEvent.ArticleChanged(before, after));
        } else if (after.isPublic()) {
            events.fire(new ContentEvent.ArticlePublished(after));
        } else if (wasPublic) {
            events.fire(new ContentEvent.ArticleUnpublished(before));
        }
        boolean wasScheduled = before != null && before.status() == ArticleStatus.SCHEDULED;
        if (wasScheduled || after.status() == ArticleStatus.SCHEDULED) {
            schedulesChanged.run();
        }
    }

    private static RevisionNote note(RevisionKind kind, SavedBy by) {
        return by.isPerson() ? new RevisionNote(kind, by.accountId(), by.name()) : null;
    }

    private Article build(long id, ArticleDraft draft, Article before, SavedBy by) {
        String headline = required("headline", draft.headline());
        if (headline.length() > MAX_HEADLINE_LENGTH) {
            throw new InvalidContentException("headline", "is " + headline.length()
                    + " characters long; at most " + MAX_HEADLINE_LENGTH + " fit a headline");
        }
        ArticleStatus status = draft.status() == null ? ArticleStatus.DRAFT : draft.status();
        Instant now = clock.instant();
        Instant publishedAt = publishedAt(draft, status, before, now);
        String slug = slug(id, draft, headline);
        List<Author> bylines = authorsOf(draft.authorIds());
        List<Category> categories = categoriesOf(draft);
        Category primary = categories.isEmpty() ? null : categories.get(0);
        List<Tag> tags = new ArrayList<>();
        for (long tagId : new LinkedHashSet<>(draft.tagIds())) {
            tags.add(taxonomy.findTag(tagId)
                    .orElseThrow(() -> new InvalidContentException("tags", "no tag has id " + tagId)));
        }
        BodyRenderer.RenderedBody body = bodyRenderer.render(orEmpty(draft.bodySource()), by.trust());
        String standfirst = orEmpty(draft.standfirst()).strip();
        String excerpt = Excerpts.of(standfirst.isEmpty() ? body.plainText() : standfirst);
        return new Article(id, slug, headline, standfirst, orEmpty(draft.bodySource()), body.html(), excerpt,
                WordCounts.of(standfirst + " " + body.plainText()), status, publishedAt, now, before == null ? now : before.createdAt(), bylines, primary, categories,
                tags, draft.featuredImage(), language(draft.language()), orEmpty(draft.seoTitle()).strip(),
                orEmpty(draft.seoDescription()).strip(), canonicalUrl(draft.canonicalUrl()), draft.noindex(),
                draft.featured(), before == null ? 1 : before.version(), before == null ? by.accountId() : before.ownerId());
    }

    private Instant publishedAt(ArticleDraft draft, ArticleStatus status, Article before, Instant now) {
        if (draft.publishedAt() != null) {
            return draft.publishedAt();
        }
        if (before != null && before.publishedAt() != null) {
            return before.publishedAt();
        }
        if (status == ArticleStatus.SCHEDULED) {
            throw new InvalidContentException("publishedAt", "a scheduled article needs the time to publish it");
        }
        return status == ArticleStatus.PUBLISHED ? now : null;
    }

    private String slug(long id, ArticleDraft draft, String headline) {
        String requested = orEmpty(draft.slug()).strip();
        if (!requested.isEmpty()) {
            String slug = Slugs.from(requested, "article");
            if (articles.slugTaken(slug, id)) {
                throw new InvalidContentException("slug", "'" + slug + "' is already used by another article");
            }
            return slug;
        }
        return Slugs.unique(Slugs.from(headline, "article"), candidate -> articles.slugTaken(candidate, id));
    }

    private List<Author> authorsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new InvalidContentException("authors", "an article needs at least one author for its byline");
        }
        List<Author> found = new ArrayList<>();
        for (long authorId : new LinkedHashSet<>(ids)) {
            found.add(authors.findById(authorId)
                    .orElseThrow(() -> new InvalidContentException("authors", "no author has id " + authorId)));
        }
        return found;
    }

    /** The primary category first, then the others, each once. */
    private List<Category> categoriesOf(ArticleDraft draft) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        if (draft.primaryCategoryId() != null) {
            ids.add(draft.primaryCategoryId());
        }
        ids.addAll(draft.categoryIds());
        List<Category> found = new ArrayList<>();
        for (long categoryId : ids) {
            found.add(taxonomy.findCategory(categoryId)
                    .orElseThrow(() -> new InvalidContentException("categories", "no category has id " + categoryId)));
        }
        return found;
    }

    static String language(String language) {
        String tag = orEmpty(language).strip();
        if (tag.isEmpty()) {
            return "";
        }
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new InvalidContentException("language", "'" + tag + "' is not a language tag such as en, fa or pt-BR");
        }
        return tag;
    }

    private static String canonicalUrl(String url) {
        String value = orEmpty(url).strip();
        if (value.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below with the value itself
        }
        throw new InvalidContentException("canonicalUrl", "'" + value + "' is not an absolute http(s) URL");
    }

    static String required(String field, String value) {
        String stripped = orEmpty(value).strip();
        if (stripped.isEmpty()) {
            throw new InvalidContentException(field, "is required");
        }
        return stripped;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
