package press.masthead.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Image;

/** A readable way to write an {@link ArticleDraft} in a test: {@code Drafts.article("Headline").by(id).build()}. */
public final class Drafts {
    private final String headline;
    private String standfirst = "";
    private String slug = "";
    private String body = "";
    private ArticleStatus status = ArticleStatus.PUBLISHED;
    private Instant publishedAt;
    private final List<Long> authors = new ArrayList<>();
    private Long primaryCategory;
    private final List<Long> categories = new ArrayList<>();
    private final List<Long> tags = new ArrayList<>();
    private Image image;
    private String language = "";
    private String canonicalUrl = "";
    private boolean noindex;

    private Drafts(String headline) {
        this.headline = headline;
    }

    public static Drafts article(String headline) {
        return new Drafts(headline);
    }

    public Drafts standfirst(String text) {
        this.standfirst = text;
        return this;
    }

    public Drafts slug(String text) {
        this.slug = text;
        return this;
    }

    public Drafts body(String markdown) {
        this.body = markdown;
        return this;
    }

    public Drafts status(ArticleStatus value) {
        this.status = value;
        return this;
    }

    public Drafts publishedAt(Instant value) {
        this.publishedAt = value;
        return this;
    }

    public Drafts by(long... authorIds) {
        for (long id : authorIds) {
            authors.add(id);
        }
        return this;
    }

    public Drafts in(long primaryCategoryId, long... otherCategoryIds) {
        this.primaryCategory = primaryCategoryId;
        for (long id : otherCategoryIds) {
            categories.add(id);
        }
        return this;
    }

    public Drafts tagged(long... tagIds) {
        for (long id : tagIds) {
            tags.add(id);
        }
        return this;
    }

    public Drafts image(String url, String alt, String caption) {
        this.image = new Image(url, alt, caption);
        return this;
    }

    public Drafts language(String tag) {
        this.language = tag;
        return this;
    }

    public Drafts canonicalUrl(String url) {
        this.canonicalUrl = url;
        return this;
    }

    /** Public, but kept out of search engines and sitemaps. */
    public Drafts noindex() {
        this.noindex = true;
        return this;
    }

    public ArticleDraft build() {
        return new ArticleDraft(headline, standfirst, slug, body, status, publishedAt, authors, primaryCategory,
                categories, tags, image, language, "", "", canonicalUrl, noindex, false);
    }
}
