package press.masthead.content;

import java.time.ZoneId;
import java.util.List;

/**
 * The settings a site owner edits: identity, locale, presentation and the article URL pattern.
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
        String articleUrlPattern) {

    public static final String DEFAULT_ARTICLE_URL_PATTERN = "/{yyyy}/{mm}/{dd}/{slug}/";

    public SiteSettings {
        socialProfiles = List.copyOf(socialProfiles);
    }

    public static SiteSettings defaults() {
        return new SiteSettings("Masthead", "News, published", "", "en",
                ZoneId.of("UTC"), "d MMMM yyyy", "© {year} Masthead", List.of(), 10, DEFAULT_ARTICLE_URL_PATTERN);
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
                socialProfiles, articlesPerPage, articleUrlPattern);
    }

    public SiteSettings withArticleUrlPattern(String newPattern) {
        return new SiteSettings(title, tagline, baseUrl, language, timeZone, dateFormat, copyright,
                socialProfiles, articlesPerPage, newPattern);
    }

    /** A profile of the site itself on another network, linked from the footer. */
    public record SocialProfile(String network, String url) {
    }
}
