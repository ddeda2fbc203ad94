package press.masthead.content;

import java.time.ZoneId;
import java.util.List;

/**
 * The settings a site owner edits: identity, locale, presentation, the article URL pattern, whether search
 * engines are asked to stay away ({@code discourageIndexing}, for a site not yet open to the public), and whether
 * feeds carry whole articles ({@code feedFullContent}; when false, excerpts only), and the pattern of page
 * titles ({@code titlePattern}, with {@code {title}} and {@code {site}} placeholders).
 * Runtime settings (port, data directory, database) live in {@code app.Settings} instead.
 */
public record SiteSettings(
        String title,
        String tagline,
        String baseUrl,
        String language,
        ZoneId timeZone,
        String dateFormat,
        String copyright,
        List<SocialProfile> socialProfiles,
        int articlesPerPage,
        String articleUrlPattern,
        boolean discourageIndexing,
        boolean feedFullContent,
        String titlePattern) {

    public static final String DEFAULT_TITLE_PATTERN = "{title} — {site}";
    public static final String DEFAULT_ARTICLE_URL_PATTERN = "/{yyyy}/{mm}/{dd}/{slug}/";

    public SiteSettings {
        socialProfiles = List.copyOf(socialProfiles);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("Masthead", "News, published", "", "en",
                ZoneId.of("UTC"), "d MMMM yyyy", "© {year} Masthead", List.of(), 10, DEFAULT_ARTICLE_URL_PATTERN,
                false, true, DEFAULT_TITLE_PATTERN);
    }

    /** True when the owner set a base URL; otherwise the address Masthead listens on stands in. */
    public boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /**
     * The document title of a page: the pattern with the page's own title (and its page number past the first)
     * and the site's name filled in.
     */
    public String documentTitle(String pageTitle, int pageNumber) {
        String title = pageNumber > 1 ? pageTitle + " — page " + pageNumber : pageTitle;
        return titlePattern.replace("{title}", title).replace("{site}", this.title);
    }

    /** The copyright line with its {@code {year}} placeholder filled in. */
    public String copyrightFor(int year) {
        return copyright.replace("{year}", Integer.toString(year));
    }

    public SiteSettings withBaseUrl(String newBaseUrl) {
        return new SiteSettings(title, tagline, newBaseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourageIndexing, feedFullContent, titlePattern);
    }

    public SiteSettings withDiscourageIndexing(boolean discourage) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourage, feedFullContent, titlePattern);
    }

    public SiteSettings withFeedFullContent(boolean fullContent) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourageIndexing, fullContent, titlePattern);
    }

    public SiteSettings withArticleUrlPattern(String newPattern) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, newPattern, discourageIndexing, feedFullContent, titlePattern);
    }

    /** A profile of the site itself on another network, linked from the footer. */
    public record SocialProfile(String network, String url) {
    }
}
