package press.masthead.content;

import java.time.ZoneId;
import java.util.List;

/**
 * The settings a site owner edits: identity, locale, presentation, the article URL pattern, whether search
 * engines are asked to stay away ({@code discourageIndexing}, for a site not yet open to the public), and whether
 * feeds carry whole articles ({@code feedFullContent}; when false, excerpts only).
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
        boolean feedFullContent) {

    public static final String DEFAULT_ARTICLE_URL_PATTERN = "/{yyyy}/{mm}/{dd}/{slug}/";

    public SiteSettings {
        socialProfiles = List.copyOf(socialProfiles);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("Masthead", "News, published", "", "en",
                ZoneId.of("UTC"), "d MMMM yyyy", "© {year} Masthead", List.of(), 10, DEFAULT_ARTICLE_URL_PATTERN,
                false, true);
    }

    /** True when the owner set a base URL; otherwise the address Masthead listens on stands in. */
    public boolean hasBaseUrl() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The copyright line with its {@code {year}} placeholder filled in. */
    public String copyrightFor(int year) {
        return copyright.replace("{year}", Integer.toString(year));
    }

    public SiteSettings withBaseUrl(String newBaseUrl) {
        return new SiteSettings(title, tagline, newBaseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourageIndexing, feedFullContent);
    }

    public SiteSettings withDiscourageIndexing(boolean discourage) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourage, feedFullContent);
    }

    public SiteSettings withFeedFullContent(boolean fullContent) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, articleUrlPattern, discourageIndexing, fullContent);
    }

    public SiteSettings withArticleUrlPattern(String newPattern) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, newPattern, discourageIndexing, feedFullContent);
    }

    /** A profile of the site itself on another network, linked from the footer. */
    public record SocialProfile(String network, String url) {
    }
}
