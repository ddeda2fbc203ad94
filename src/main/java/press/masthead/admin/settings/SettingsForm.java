package press.masthead.admin.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import press.masthead.content.SiteSettings;

/**
 * Checks typed settings field by field and says, for each field at fault, what is wrong in words shown beside it;
 * only settings with no fault at all become a {@link SiteSettings}.
 */
final class SettingsForm {
    static final int MAX_ARTICLES_PER_PAGE = 100;
    private static final int MAX_TEXT = 300;
    private static final LocalDate SAMPLE_DAY = LocalDate.of(2026, 11, 28);

    private final Consumer<String> articlePatternCheck;

    /** @param articlePatternCheck throws {@link IllegalArgumentException} saying what is wrong with a URL pattern */
    SettingsForm(Consumer<String> articlePatternCheck) {
        this.articlePatternCheck = articlePatternCheck;
    }

    /** The checked settings, or the faults by field name. */
    record Checked(SiteSettings settings, Map<String, String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Checked check(SettingsInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = text(errors, "title", in.title(), true);
        String tagline = text(errors, "tagline", in.tagline(), false);
        String baseUrl = baseUrl(errors, in.baseUrl());
        String language = language(errors, in.language());
        ZoneId zone = zone(errors, in.timeZone());
        String dateFormat = dateFormat(errors, in.dateFormat());
        String copyright = text(errors, "copyright", in.copyright(), false);
        List<SiteSettings.SocialProfile> profiles = profiles(errors, in.socialProfiles());
        int perPage = articlesPerPage(errors, in.articlesPerPage());
        String pattern = articlePattern(errors, in.articleUrlPattern());
        String titlePattern = titlePattern(errors, in.titlePattern());
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new SiteSettings(title, tagline, baseUrl, language, zone, dateFormat, copyright, profiles,
                perPage, pattern, Boolean.TRUE.equals(in.discourageIndexing()),
                Boolean.TRUE.equals(in.feedFullContent()), titlePattern), errors);
    }

    private static String text(Map<String, String> errors, String field, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            errors.put(field, "is required");
        } else if (text.length() > MAX_TEXT) {
            errors.put(field, "is " + text.length() + " characters long; at most " + MAX_TEXT + " fit");
        }
        return text;
    }

    private static String baseUrl(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return "";
        }
        String expected = "is not the address of the site's root: write it like https://news.example.com/";
        try {
            URI uri = new URI(text);
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                errors.put("baseUrl", expected);
            } else if (!path.isEmpty() && !path.equals("/")) {
                errors.put("baseUrl", "has the path " + path + "; Masthead serves at the root of its own host name,"
                        + " such as https://news.example.com/");
            }
        } catch (URISyntaxException e) {
            errors.put("baseUrl", expected);
        }
        return text.endsWith("/") ? text : text + "/";
    }

    private static String language(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            errors.put("language", text.isEmpty() ? "is required: a language tag such as en, fa or pt-BR"
                    : "'" + text + "' is not a language tag such as en, fa or pt-BR");
        }
        return text;
    }

    private static ZoneId zone(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            errors.put("timeZone", "'" + text + "' is not a time zone: write one such as Europe/Lisbon,"
                    + " America/New_York or UTC");
            return null;
        }
    }

    private static String dateFormat(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put("dateFormat", "is required, such as d MMMM yyyy");
            return text;
        }
        try {
            // Day archives format a date with no time of day, so the pattern must not ask for one.
            DateTimeFormatter.ofPattern(text, Locale.ROOT).format(SAMPLE_DAY);
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.put("dateFormat", "'" + text + "' is not a date pattern: use letters such as d (day), MMMM"
                    + " (month name), yyyy (year) and EEEE (weekday), with text in 'single quotes'");
        }
        return text;
    }

    private static List<SiteSettings.SocialProfile> profiles(Map<String, String> errors,
                                                           List<SiteSettings.SocialProfile> rows) {
        List<SiteSettings.SocialProfile> kept = new ArrayList<>();
        for (SiteSettings.SocialProfile row : rows == null ? List.<SiteSettings.SocialProfile>of() : rows) {
            String network = row.network() == null ? "" : row.network().strip();
            String url = row.url() == null ? "" : row.url().strip();
            if (network.isEmpty() && url.isEmpty()) {
                continue;
            }
            if (network.isEmpty()) {
                errors.putIfAbsent("socialProfiles", "the profile at " + url + " needs the network's name, such as Mastodon");
            } else if (!url.matches("https?://[^\\s\"<>]+")) {
                errors.putIfAbsent("socialProfiles", "the " + network + " profile needs an address starting with https://");
            }
            kept.add(new SiteSettings.SocialProfile(network, url));
        }
        return kept;
    }

    private static int articlesPerPage(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        if (text.matches("[0-9]{1,3}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_ARTICLES_PER_PAGE) {
                return n;
            }
        }
        errors.put("articlesPerPage", "'" + text + "' is not a whole number from 1 to " + MAX_ARTICLES_PER_PAGE);
        return 0;
    }

    private String articlePattern(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        try {
            articlePatternCheck.accept(text);
        } catch (IllegalArgumentException e) {
            errors.put("articleUrlPattern", e.getMessage());
        }
        return text;
    }

    private static String titlePattern(Map<String, String> errors, String value) {
        String text = value == null ? "" : value.strip();
        if (!text.contains("{title}")) {
            errors.put("titlePattern", "must contain {title}, where each page's own title goes, such as {title} — {site}");
        } else if (text.length() > MAX_TEXT) {
            errors.put("titlePattern", "is " + text.length() + " characters long; at most " + MAX_TEXT + " fit");
        }
        return text;
    }
}
