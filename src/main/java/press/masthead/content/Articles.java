package press.masthead.content;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules for writing articles: required fields, unique slugs, rendering the body once at save time, and
 * telling listeners what changed after it committed.
 */
public final class Articles {
    public static final int MAX_HEADLINE_LENGTH = 300;

    private final ArticleStore articles;
    private final AuthorStore authors;
    private final TaxonomyStore taxonomy;
    private final BodyRenderer bodyRenderer;
    private final ContentEvents events;
    private final Clock clock;

    public Articles(ArticleStore articles, AuthorStore authors, TaxonomyStore taxonomy, BodyRenderer bodyRenderer,
                    ContentEvents events, Clock clock) {
        this.articles = articles;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.bodyRenderer = bodyRenderer;
        this.events = events;
        this.clock = clock;
    }

    public Article create(ArticleDraft draft) {
        Article article = build(0, draft, null);
        long id = articles.insert(article);
        Article saved = articles.findById(id).orElseThrow();
        if (saved.isPublic()) {
            events.fire(new ContentEvent.ArticlePublished(saved));
        }
        return saved;
    }

    public Article update(long id, ArticleDraft draft) {
        Article before = articles.findById(id)
                .orElseThrow(() -> new InvalidContentException("id", "no article has id " + id));
        articles.update(build(id, draft, before));
        Article after = articles.findById(id).orElseThrow();
        if (before.isPublic() && after.isPublic()) {
            events.fire(new ContentEvent.ArticleChanged(before, after));
        } else if (after.isPublic()) {
            events.fire(new ContentEvent.ArticlePublished(after));
        } else if (before.isPublic()) {
            events.fire(new ContentEvent.ArticleUnpublished(before));
        }
        return after;
    }

    public Optional<Article> find(long id) {
        return articles.findById(id);
    }

    private Article build(long id, ArticleDraft draft, Article before) {
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
        BodyRenderer.RenderedBody body = bodyRenderer.render(orEmpty(draft.bodySource()));
        String standfirst = orEmpty(draft.standfirst()).strip();
        String excerpt = Excerpts.of(standfirst.isEmpty() ? body.plainText() : standfirst);
        return new Article(id, slug, headline, standfirst, orEmpty(draft.bodySource()), body.html(), excerpt,
                WordCounts.of(standfirst + " " + body.plainText()), status, publishedAt, now, before == null ? now : before.createdAt(), bylines, primary, categories,
                tags, draft.featuredImage(), language(draft.language()), orEmpty(draft.seoTitle()).strip(),
                orEmpty(draft.seoDescription()).strip(), canonicalUrl(draft.canonicalUrl()), draft.noindex(),
                draft.featured());
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
