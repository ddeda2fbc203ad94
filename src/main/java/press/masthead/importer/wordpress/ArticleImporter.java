package press.masthead.importer.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import press.masthead.content.Article;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Category;
import press.masthead.content.Image;
import press.masthead.content.ImportedId;
import press.masthead.content.InvalidContentException;
import press.masthead.content.Tag;
import press.masthead.importer.wordpress.ImportReport.Kind;

/**
 * Imports posts as articles through the article rules: map the item to a draft (title, slug, converted body,
 * byline, terms, featured image, dates, SEO), save it new or over what an earlier import made, keep its custom
 * fields and comments, and redirect its old addresses.
 */
final class ArticleImporter {
    private final ImportRun run;
    private final AuthorImporter authors;
    private final TermImporter terms;
    private final CommentImporter comments;
    private final List<Long> toRelink = new ArrayList<>();

    ArticleImporter(ImportRun run, AuthorImporter authors, TermImporter terms, CommentImporter comments) {
        this.run = run;
        this.authors = authors;
        this.terms = terms;
        this.comments = comments;
    }

    void add(WxrItem item) {
        ArticleStatus status = status(item);
        if (status == null) {
            run.report.problem(item.line(), item.label(), "the status '" + item.status() + "' is not imported");
            run.report.countSkipped(Kind.ARTICLES);
            return;
        }
        Optional<Article> existing = run.find(SourceKind.ARTICLE, item.postId(), item.guid())
                .map(ImportedId::targetId).flatMap(run.site.articleStore()::findById);
        ConversionNotes notes = new ConversionNotes();
        ArticleDraft draft = map(item, status, existing.map(Article::id).orElse(0L), notes);
        ItemProblems.report(run.report, item, notes);
        Article saved;
        try {
            saved = save(item, draft, existing);
        } catch (InvalidContentException e) {
            run.report.problem(item.line(), item.label(), e.getMessage() + "; skipped");
            run.report.countSkipped(Kind.ARTICLES);
            return;
        }
        redirect(item, saved);
        if (notes.hasUnresolvedLinks()) {
            toRelink.add(saved.id());
        }
    }

    private ArticleDraft map(WxrItem item, ArticleStatus wanted, long ownId, ConversionNotes notes) {
        ArticleStatus status = wanted;
        if (!item.password().isEmpty()) {
            notes.problem("password-protected; imported as a draft, since Masthead has no passwords for articles");
            status = ArticleStatus.DRAFT;
        } else if ("private".equals(item.status())) {
            notes.problem("private; imported as a draft, which only the newsroom sees");
        }
        String headline = headline(item, notes);
        String wantedSlug = SlugPlanner.wanted(item.postName(), headline, "article");
        String slug = run.slugs.forArticle(wantedSlug, ownId);
        if (!slug.equals(wantedSlug) && !item.postName().isEmpty()) {
            notes.problem("the slug '" + wantedSlug + "' is already taken; imported as '" + slug + "'");
        }
        String body = run.bodies.convert(item, notes);
        List<Long> categoryIds = new ArrayList<>();
        List<Long> tagIds = new ArrayList<>();
        for (WxrItem.TermRef term : item.terms()) {
            if (WxrTerm.CATEGORY.equals(term.domain())) {
                categoryIds.add(terms.categoryFor(term, item.line()));
            } else if (WxrTerm.TAG.equals(term.domain()) || "tag".equals(term.domain())) {
                tagIds.add(terms.tagFor(term));
            }
        }
        Instant publishedAt = null;
        if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
            publishedAt = ItemDates.published(item, run.usualOffset()).orElse(null);
            if (publishedAt == null && status == ArticleStatus.SCHEDULED) {
                notes.problem("scheduled without a date; imported as a draft");
                status = ArticleStatus.DRAFT;
            }
        }
        SeoFields seo = SeoFields.of(item, headline);
        return new ArticleDraft(headline, ItemText.plain(item.excerpt()), slug, body, status, publishedAt,
                authors.bylineOf(item), categoryIds.isEmpty() ? null : categoryIds.get(0), categoryIds, tagIds,
                featuredImage(item, notes), "", seo.title(), seo.description(), seo.canonicalUrl(), false, item.sticky());
    }

    private Article save(WxrItem item, ArticleDraft draft, Optional<Article> existing) {
        Clock clock = run.clockAt(ItemDates.modified(item, run.usualOffset())
                .or(() -> ItemDates.published(item, run.usualOffset())));
        Article saved = existing.isPresent()
                ? run.site.articles().apply(clock).update(existing.get().id(), draft)
                : run.site.articles().apply(clock).create(draft);
        run.site.customFields().replace(saved.id(), CustomFields.of(item));
        run.remember(SourceKind.ARTICLE, item.postId(), item.guid(), run.pathKeyOf(item.link()), saved.id());
        run.report.countSaved(Kind.ARTICLES, existing.isEmpty());
        comments.add(item, saved.id(), null);
        return saved;
    }

    private void redirect(WxrItem item, Article saved) {
        if (saved.status() != ArticleStatus.PUBLISHED && saved.status() != ArticleStatus.SCHEDULED) {
            return;
        }
        String path = run.newUrls.permalinks().article(saved);
        run.redirects.from(path, item.link(), "/?p=" + item.postId(), item.guid());
    }

    /** Points links at items that came later in the file, now that every item is in. */
    void relink() {
        for (long id : toRelink) {
            Article article = run.site.articleStore().findById(id).orElseThrow();
            String body = run.bodies.relink(article.bodySource(), new ConversionNotes());
            if (!body.equals(article.bodySource())) {
                run.site.articles().apply(Clock.fixed(article.updatedAt(), ZoneOffset.UTC))
                        .update(id, draftOf(article, body));
            }
        }
    }

    private static ArticleDraft draftOf(Article article, String body) {
        return new ArticleDraft(article.headline(), article.standfirst(), article.slug(), body, article.status(),
                article.publishedAt(), article.authors().stream().map(a -> a.id()).toList(),
                article.primaryCategory() == null ? null : article.primaryCategory().id(),
                article.categories().stream().map(Category::id).toList(), article.tags().stream().map(Tag::id).toList(),
                article.featuredImage(), article.language(), article.seoTitle(), article.seoDescription(),
                article.canonicalUrl(), article.noindex(), article.featured());
    }

    private static String headline(WxrItem item, ConversionNotes notes) {
        String title = ItemText.plain(item.title());
        if (title.isEmpty()) {
            title = ItemText.fallbackTitle(item);
            notes.problem("no title; the headline is '" + title + "'");
        }
        String fitted = ItemText.fitHeadline(title);
        if (!fitted.equals(title)) {
            notes.problem("the title is " + title.length() + " characters long; the headline is cut to "
                    + fitted.length());
        }
        return fitted;
    }

    private Image featuredImage(WxrItem item, ConversionNotes notes) {
        String thumbnailId = item.meta("_thumbnail_id").orElse("").strip();
        if (thumbnailId.isEmpty()) {
            return null;
        }
        Optional<Attachment> attachment = run.survey.attachment(thumbnailId);
        if (attachment.isEmpty() || attachment.get().url().isEmpty()) {
            notes.problem("the featured image is attachment " + thumbnailId + ", which is not in the file");
            return null;
        }
        Attachment image = attachment.get();
        return new Image(run.media.localUrl(image.url()).orElse(image.url()), image.alt(),
                ItemText.plain(image.caption()));
    }

    static ArticleStatus status(WxrItem item) {
        return switch (item.status()) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "draft", "private" -> ArticleStatus.DRAFT;
            case "pending" -> ArticleStatus.PENDING;
            default -> null;
        };
    }
}
