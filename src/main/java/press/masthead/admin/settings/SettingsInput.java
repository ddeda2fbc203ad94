package press.masthead.admin.settings;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import press.masthead.admin.Forms;
import press.masthead.content.SiteSettings;

/**
 * The settings as typed, before they are checked: every value as the person or script sent it, so a refused form
 * shows exactly what was typed. In the API a field left out (null) keeps its current value.
 */
record SettingsInput(String title, String tagline, String baseUrl, String language, String timeZone,
                     String dateFormat, String copyright, List<SiteSettings.SocialProfile> socialProfiles,
                     String articlesPerPage, String articleUrlPattern, Boolean discourageIndexing,
                     Boolean feedFullContent, String titlePattern) {
    /** Blank rows the form offers beyond the profiles the site has. */
    static final int SPARE_PROFILE_ROWS = 2;
    private static final int MAX_PROFILE_ROWS = 30;

    static SettingsInput of(SiteSettings s) {
        return new SettingsInput(s.title(), s.tagline(), s.baseUrl(), s.language(), s.timeZone().getId(),
                s.dateFormat(), s.copyright(), s.socialProfiles(), Integer.toString(s.articlesPerPage()),
                s.articleUrlPattern(), s.discourageIndexing(), s.feedFullContent(), s.titlePattern());
    }

    static SettingsInput fromForm(Context ctx) {
        List<SiteSettings.SocialProfile> profiles = new ArrayList<>();
        for (int i = 0; i < MAX_PROFILE_ROWS && ctx.formParam("socialUrl" + i) != null; i++) {
            profiles.add(new SiteSettings.SocialProfile(Forms.field(ctx, "socialNetwork" + i),
                    Forms.field(ctx, "socialUrl" + i)));
        }
        return new SettingsInput(Forms.field(ctx, "title"), Forms.field(ctx, "tagline"), Forms.field(ctx, "baseUrl"),
                Forms.field(ctx, "language"), Forms.field(ctx, "timeZone"), Forms.field(ctx, "dateFormat"),
                Forms.field(ctx, "copyright"), profiles, Forms.field(ctx, "articlesPerPage"),
                Forms.field(ctx, "articleUrlPattern"), ctx.formParam("discourageIndexing") != null,
                ctx.formParam("feedFullContent") != null, Forms.field(ctx, "titlePattern"));
    }

    /** This input with every field it leaves out taken from {@code current}. */
    SettingsInput over(SiteSettings current) {
        SettingsInput now = of(current);
        return new SettingsInput(or(title, now.title), or(tagline, now.tagline), or(baseUrl, now.baseUrl),
                or(language, now.language), or(timeZone, now.timeZone), or(dateFormat, now.dateFormat),
                or(copyright, now.copyright), or(socialProfiles, now.socialProfiles),
                or(articlesPerPage, now.articlesPerPage), or(articleUrlPattern, now.articleUrlPattern),
                or(discourageIndexing, now.discourageIndexing), or(feedFullContent, now.feedFullContent),
                or(titlePattern, now.titlePattern));
    }

    /** The profile rows the form shows: the site's, then spare blank ones. */
    List<SiteSettings.SocialProfile> rows() {
        List<SiteSettings.SocialProfile> rows = new ArrayList<>(socialProfiles == null ? List.of() : socialProfiles);
        for (int i = 0; i < SPARE_PROFILE_ROWS; i++) {
            rows.add(new SiteSettings.SocialProfile("", ""));
        }
        return rows;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
