package press.masthead.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.IntFunction;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Correction;
import press.masthead.content.Image;
import press.masthead.content.Page;
import press.masthead.content.Tag;
import press.masthead.site.model.ArticleCard;
import press.masthead.site.model.ArticleView;
import press.masthead.site.model.AuthorView;
import press.masthead.site.model.CorrectionView;
import press.masthead.site.model.LinkView;
import press.masthead.site.model.PaginationView;
import press.masthead.site.model.SiteView;
import press.masthead.site.model.StaticPageView;
import press.masthead.site.model.TimeView;

/** Turns stored content into the view records a theme gets, with URLs built and times formatted. */
final class SiteModels {
    /** Words a reader gets through in a minute of news prose. */
    private static final int WORDS_PER_MINUTE = 230;

    private final SiteContext context;
    private final ResponsiveImages images;
    private final DateTimeFormatter dateFormatter;

    SiteModels(SiteContext context, ResponsiveImages images) {
        this.context = context;
        this.images = images;
        this.dateFormatter = context.dateFormatter();
    }

    SiteView site() {
        return site(null);
    }

    /** The site-wide values; {@code feedList}, when not null, is an archive whose own feeds are announced too. */
    SiteView site(LinkView feedList) {
        var settings = context.settings();
        Permalinks links = context.permalinks();
        List<LinkView> navigation = context.categories().stream()
                .filter(Category::isTopLevel)
                .map(this::category)
                .toList();
        List<LinkView> footerPages = context.pages().stream()
                .map(p -> new LinkView(p.title(), links.page(p)))
                .toList();
        List<LinkView> social = settings.socialProfiles().stream()
                .map(p -> new LinkView(p.network(), p.url()))
                .toList();
        List<SiteView.FeedLink> feeds = new ArrayList<>(feedLinks(settings.title(), links.home()));
        if (feedList != null) {
            feeds.addAll(feedLinks(feedList.name() + " — " + settings.title(), feedList.url()));
        }
        int year = context.now().atZone(context.zone()).getYear();
        return new SiteView(settings.title(), settings.tagline(), links.absolute("/"), settings.language(),
                TextDirection.of(settings.language()), settings.copyrightFor(year), navigation, footerPages, social,
                feeds, settings.discourageIndexing() ? null : Permalinks.sitemapIndex(), links.corrections(),
                "/assets/", links.search());
    }

    private List<SiteView.FeedLink> feedLinks(String title, String listPath) {
        Permalinks links = context.permalinks();
        return Arrays.stream(FeedFormat.values())
                .map(format -> new SiteView.FeedLink(title + " (" + format.label() + ")",
                        links.absolute(links.feed(listPath, format)), format.mediaType()))
                .toList();
    }

    /** Cards for a list of articles, their images looked up together. */
    List<ArticleCard> cards(List<Article> articles) {
        ResponsiveImages.Known known = images.of(articles.stream()
                .flatMap(article -> article.image().map(Image::url).stream()).toList());
        return articles.stream().map(article -> card(article, known)).toList();
    }

    private ArticleCard card(Article article, ResponsiveImages.Known known) {
        String lang = languageOf(article);
        return new ArticleCard(context.permalinks().article(article), article.headline(), article.standfirst(),
                article.excerpt(), article.image().map(known::view).orElse(null), time(article.publishedAt()),
                article.primaryCategory() == null ? null : category(article.primaryCategory()),
                article.authors().stream().map(a -> new LinkView(a.name(), context.permalinks().author(a))).toList(),
                lang, TextDirection.of(lang));
    }

    ArticleView article(Article article) {
        String lang = languageOf(article);
        Set<String> urls = new LinkedHashSet<>(ResponsiveImages.imagesIn(article.bodyHtml()));
        article.image().ifPresent(image -> urls.add(image.url()));
        ResponsiveImages.Known known = images.of(urls);
        return new ArticleView(context.permalinks().article(article), article.headline(), article.standfirst(),
                known.body(article.bodyHtml()), article.image().map(known::view).orElse(null),
                time(article.publishedAt()),
                article.wasUpdatedAfterPublishing() ? time(article.updatedAt()) : null,
                article.primaryCategory() == null ? null : category(article.primaryCategory()),
                article.categories().stream().map(this::category).toList(),
                article.tags().stream().map(this::tag).toList(),
                article.authors().stream().map(this::author).toList(),
                article.wordCount(), Math.max(1, Math.round(article.wordCount() / (float) WORDS_PER_MINUTE)),
                lang, TextDirection.of(lang));
    }

    StaticPageView page(Page page) {
        String lang = page.language().isEmpty() ? context.settings().language() : page.language();
        String body = images.of(ResponsiveImages.imagesIn(page.bodyHtml())).body(page.bodyHtml());
        return new StaticPageView(context.permalinks().page(page), page.title(), body,
                time(page.updatedAt()), lang, TextDirection.of(lang));
    }

    /** An article's current notes, newest first, each with the wordings it replaced. */
    List<CorrectionView> corrections(List<Correction> rows) {
        Set<Long> replaced = rows.stream().map(Correction::replaces).filter(Objects::nonNull).collect(Collectors.toSet());
        return rows.stream()
                .filter(row -> !replaced.contains(row.id()))
                .map(row -> correction(row, rows))
                .toList();
    }

    /** A note with the chain of wordings it replaced, found among {@code history}. */
    CorrectionView correction(Correction note, List<Correction> history) {
        Map<Long, Correction> byId = history.stream().collect(Collectors.toMap(Correction::id, c -> c));
        List<CorrectionView.EarlierWording> earlier = new ArrayList<>();
        for (Long previous = note.replaces(); previous != null && byId.containsKey(previous);
             previous = byId.get(previous).replaces()) {
            Correction wording = byId.get(previous);
            earlier.add(new CorrectionView.EarlierWording(wording.text(), time(wording.createdAt())));
        }
        return new CorrectionView(note.kind().code(), note.kind().label(), note.text(), time(note.createdAt()), earlier);
    }

    AuthorView author(Author author) {
        return new AuthorView(author.name(), context.permalinks().author(author), author.bio(), author.avatarUrl(),
                author.links().stream().map(l -> new LinkView(l.label(), l.url())).toList());
    }

    LinkView tag(Tag tag) {
        return new LinkView(tag.name(), context.permalinks().tag(tag));
    }

    LinkView category(Category category) {
        return new LinkView(category.name(), context.permalinks().category(category, context.categoriesById()));
    }

    TimeView time(Instant instant) {
        if (instant == null) {
            return null;
        }
        String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(context.zone()));
        return new TimeView(iso, dateFormatter.format(instant));
    }

    /**
     * Numbered links for a list of {@code total} pages: the first, the last, and two either side of the current
     * one, with gaps between.
     */
    PaginationView pagination(String listPath, int current, int total) {
        Permalinks links = context.permalinks();
        return pagination(n -> links.paged(listPath, n), current, total);
    }

    /** The same for a list whose pages are not paths of their own, such as search results. */
    PaginationView pagination(IntFunction<String> urlOfPage, int current, int total) {
        List<PaginationView.PageLink> pages = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 2) {
                if (previous != 0 && n - previous > 1) {
                    pages.add(new PaginationView.PageLink(0, null, false, true));
                }
                pages.add(new PaginationView.PageLink(n, urlOfPage.apply(n), n == current, false));
                previous = n;
            }
        }
        return new PaginationView(current, total,
                current > 1 ? urlOfPage.apply(current - 1) : null,
                current < total ? urlOfPage.apply(current + 1) : null,
                pages);
    }

    private String languageOf(Article article) {
        return article.language().isEmpty() ? context.settings().language() : article.language();
    }
}
