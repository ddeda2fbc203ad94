package press.masthead.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import press.masthead.app.MastheadApp;
import press.masthead.content.ArticleDraft;
import press.masthead.content.ArticleStatus;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.PageDraft;
import press.masthead.content.SiteSettings;
import press.masthead.content.Tag;

/**
 * A small newsroom to test the public site against: two authors, a nested category, 25 published articles over
 * two months (ten a page: three home pages), a Persian article, a draft and an "About us" page.
 */
public final class Newsroom {
    public static final String LEAD_HEADLINE = "Tram line extension approved after marathon session";
    public static final String PERSIAN_HEADLINE = "شورای شهر بودجهٔ تازه را تصویب کرد";
    public static final Instant LEAD_PUBLISHED = Instant.parse("2026-10-15T08:30:00Z");
    public static final Instant LEAD_UPDATED = Instant.parse("2026-10-16T12:00:00Z");
    public static final int FILLER_ARTICLES = 23;
    public static final String LEAD_BODY = """
            The council approved the eastern tram extension by 31 votes to 12.

            ## What happens next

            Construction starts in spring.

            ![A tram at the harbour stop](/media/tram.jpg "The line will reach the harbour by 2028.")

            > We have waited twenty years for this line.
            >
            > — Ines Duarte, Harbour residents' association

            ### Costs

            | Phase | Cost |
            |---|---|
            | One | 40m |
            """;

    private Newsroom() {
    }

    public static void seed(MastheadApp app) {
        SiteSettings settings = app.siteSettings().load();
        app.siteSettings().save(new SiteSettings("The Test Gazette", "All the news that fits", "", "en",
                ZoneOffset.UTC, "d MMMM yyyy", "© {year} The Test Gazette",
                List.of(new SiteSettings.SocialProfile("Mastodon", "https://example.com/@gazette")), 10,
                settings.articleUrlPattern(), settings.discourageIndexing(), settings.feedFullContent(),
                settings.titlePattern()));
        Author ada = app.authors().create("Ada Reporter", "Ada covers transport and the council.", "", List.of());
        Author ben = app.authors().create("Ben Editor", "", "", List.of());
        Category news = app.taxonomies().createCategory("News", "Reporting from the city", null);
        Category transport = app.taxonomies().createCategory("Transport", "Trams, buses and ferries", news.id());
        Category culture = app.taxonomies().createCategory("Culture", "", null);
        Tag budget = app.taxonomies().tag("Budget");
        Tag waterfront = app.taxonomies().tag("Waterfront");
        for (int i = 1; i <= FILLER_ARTICLES; i++) {
            Instant published = Instant.parse("2026-09-01T10:00:00Z").plus(Duration.ofDays(i - 1));
            publish(app, published, Drafts.article("Budget story number " + i)
                    .standfirst("Part " + i + " of our budget coverage.")
                    .body("Paragraph about the budget, part " + i + ".")
                    .by(ben.id()).in(culture.id()).tagged(budget.id()).publishedAt(published).build());
        }
        publish(app, Instant.parse("2026-10-10T09:00:00Z"), Drafts.article(PERSIAN_HEADLINE)
                .standfirst("بودجهٔ سال آینده با اکثریت آرا تصویب شد.")
                .body("## جزئیات\n\nشورا امشب رأی داد.")
                .language("fa").by(ada.id()).in(news.id()).tagged(budget.id())
                .publishedAt(Instant.parse("2026-10-10T09:00:00Z")).build());
        publish(app, LEAD_UPDATED, Drafts.article(LEAD_HEADLINE)
                .standfirst("Councillors back the eastern extension, ending two decades of debate.")
                .body(LEAD_BODY)
                .by(ada.id(), ben.id()).in(transport.id(), news.id()).tagged(waterfront.id(), budget.id())
                .image("/media/tram-hero.jpg", "A blue tram crossing the harbour bridge", "The harbour bridge at dusk.")
                .publishedAt(LEAD_PUBLISHED).build());
        publish(app, LEAD_UPDATED, Drafts.article("Secret draft about the mayor")
                .status(ArticleStatus.DRAFT).by(ada.id()).build());
        app.pages().create(new PageDraft("About us", "", "We are a **test** newsroom.", true, "", "", "", false, null));
    }

    private static void publish(MastheadApp app, Instant asOf, ArticleDraft draft) {
        app.articles(Clock.fixed(asOf, ZoneOffset.UTC)).create(draft);
    }
}
