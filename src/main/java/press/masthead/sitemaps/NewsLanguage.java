package press.masthead.sitemaps;

import java.util.Locale;

/**
 * The language code the Google News sitemap takes: an ISO 639 code of two or three letters, except that Chinese
 * is {@code zh-cn} (simplified) or {@code zh-tw} (traditional).
 */
final class NewsLanguage {
    /** ISO 639-2 for "undetermined": better than a guess when a stored tag has no usable language part. */
    static final String UNDETERMINED = "und";

    private NewsLanguage() {
    }

    static String of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = tag.split("-", 2)[0];
        if ("zh".equals(primary)) {
            boolean traditional = tag.contains("-hant") || tag.endsWith("-tw") || tag.endsWith("-hk")
                    || tag.endsWith("-mo");
            return traditional ? "zh-tw" : "zh-cn";
        }
        return primary.matches("[a-z]{2,3}") ? primary : UNDETERMINED;
    }
}
