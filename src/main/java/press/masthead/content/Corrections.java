package press.masthead.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules for notes on published articles: they are added, never removed; amending one keeps the earlier wording
 * on record. Each note moves the article's modified time and tells listeners, so feeds and caches show the change.
 */
public final class Corrections {
    static final int MAX_TEXT_LENGTH = 2_000;

    private final CorrectionStore corrections;
    private final ArticleStore articles;
    private final ContentEvents events;
    private final Clock clock;

    public Corrections(CorrectionStore corrections, ArticleStore articles, ContentEvents events, Clock clock) {
        this.corrections = corrections;
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    public Correction add(long articleId, CorrectionKind kind, String text) {
        Article article = publishedArticle(articleId);
        return save(article, new Correction(0, articleId, kind, text(text), clock.instant(), null));
    }

    /** Replaces a note's wording; the earlier wording stays visible beneath it. */
    public Correction amend(long correctionId, String text) {
        Correction earlier = corrections.findById(correctionId)
                .orElseThrow(() -> new InvalidContentException("correction", "no note has id " + correctionId));
        boolean alreadyAmended = corrections.forArticle(earlier.articleId()).stream()
                .anyMatch(c -> Long.valueOf(correctionId).equals(c.replaces()));
        if (alreadyAmended) {
            throw new InvalidContentException("correction", "note " + correctionId
                    + " was already amended; amend its latest wording instead");
        }
        Article article = publishedArticle(earlier.articleId());
        return save(article, new Correction(0, earlier.articleId(), earlier.kind(), text(text), clock.instant(),
                earlier.id()));
    }

    /** The article a person names by id or slug, as the admin and the command line let them. */
    public Article article(String idOrSlug) {
        String key = Articles.orEmpty(idOrSlug).strip();
        return (key.matches("[0-9]{1,18}") ? articles.findById(Long.parseLong(key)) : articles.findBySlug(key))
                .orElseThrow(() -> new InvalidContentException("article", key.isEmpty() ? "is required: the article's id or slug"
                        : "no article has the id or slug '" + key + "'"));
    }

    public Optional<Correction> find(long id) {
        return corrections.findById(id);
    }

    /** Current notes (each in its latest wording) on published articles, newest first. */
    public List<Correction> recent(int offset, int limit) {
        return corrections.recent(offset, limit);
    }

    public int countRecent() {
        return corrections.countRecent();
    }

    /** Every row of the given articles' notes, amended ones included, newest first. */
    public List<Correction> historyOf(List<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : corrections.forArticles(articleIds);
    }

    /** Every wording of every note on an article, newest first. */
    public List<Correction> history(long articleId) {
        return corrections.forArticle(articleId);
    }

    private Correction save(Article before, Correction correction) {
        long id = corrections.insert(correction);
        Instant now = correction.createdAt();
        articles.markUpdated(before.id(), now);
        Article after = articles.findById(before.id()).orElseThrow();
        events.fire(new ContentEvent.ArticleChanged(before, after));
        return corrections.findById(id).orElseThrow();
    }

    private Article publishedArticle(long articleId) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new InvalidContentException("article", "no article has id " + articleId));
        if (!article.isPublic()) {
            throw new InvalidContentException("article", "'" + article.headline()
                    + "' is not published; notes are for published articles, edit a draft directly");
        }
        return article;
    }

    private static String text(String text) {
        String note = Articles.required("text", text);
        if (note.length() > MAX_TEXT_LENGTH) {
            throw new InvalidContentException("text", "is " + note.length() + " characters long; a note holds at most "
                    + MAX_TEXT_LENGTH);
        }
        return note;
    }
}
