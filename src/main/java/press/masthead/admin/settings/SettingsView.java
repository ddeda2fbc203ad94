package press.masthead.admin.settings;

import java.util.List;
import press.masthead.content.SiteSettings;

/**
 * The settings as the API sends and takes them: the time zone as its id, every field optional on the way in.
 */
record SettingsView(String title, String tagline, String baseUrl, String language, String timeZone,
                    String dateFormat, String copyright, List<SiteSettings.SocialProfile> socialProfiles,
                    Integer articlesPerPage, String articleUrlPattern, Boolean discourageIndexing,
                    Boolean feedFullContent, String titlePattern) {

    static SettingsView of(SiteSettings s) {
        return new SettingsView(s.title(), s.tagline(), s.baseUrl(), s.language(), s.timeZone().getId(),
                s.dateFormat(), s.copyright(), s.socialProfiles(), s.articlesPerPage(), s.articleUrlPattern(),
                s.discourageIndexing(), s.feedFullContent(), s.titlePattern());
    }

    SettingsInput input() {
        return new SettingsInput(title, tagline, baseUrl, language, timeZone, dateFormat, copyright, socialProfiles,
                articlesPerPage == null ? null : articlesPerPage.toString(), articleUrlPattern, discourageIndexing,
                feedFullContent, titlePattern);
    }
}
