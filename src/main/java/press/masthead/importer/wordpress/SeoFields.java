package press.masthead.importer.wordpress;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Search titles, descriptions and canonical URLs from Yoast SEO or Rank Math. Their titles are templates
 * ({@code %%title%% %%sep%% %%sitename%%}); the title is filled in and the site name and separators dropped, since
 * Masthead adds the site name itself. A template that comes to the headline alone is no SEO title at all.
 */
record SeoFields(String title, String description, String canonicalUrl) {
    static final List<String> TITLE_KEYS = List.of("_yoast_wpseo_title", "rank_math_title");
    static final List<String> DESCRIPTION_KEYS = List.of("_yoast_wpseo_metadesc", "rank_math_description");
    static final List<String> CANONICAL_KEYS = List.of("_yoast_wpseo_canonical", "rank_math_canonical_url");
    static final Set<String> KEYS = Set.of("_yoast_wpseo_title", "rank_math_title", "_yoast_wpseo_metadesc",
            "rank_math_description", "_yoast_wpseo_canonical", "rank_math_canonical_url");

    private static final Pattern TITLE_VARIABLE = Pattern.compile("%%?title%%?");
    private static final Pattern OTHER_VARIABLE = Pattern.compile("%%?[a-z_]+(?:\\([^)]*\\))?%%?");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s\\-|–—·•:»]+|[\\s\\-|–—·•:»]+$");

    static SeoFields of(WxrItem item, String headline) {
        String title = template(first(item, TITLE_KEYS), headline);
        String description = template(first(item, DESCRIPTION_KEYS), headline);
        String canonical = first(item, CANONICAL_KEYS).strip();
        boolean webUrl = OldSite.parse(canonical)
                .filter(uri -> ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null)
                .isPresent();
        return new SeoFields(title.equals(headline) ? "" : title, description, webUrl ? canonical : "");
    }

    private static String first(WxrItem item, List<String> keys) {
        for (String key : keys) {
            String value = item.meta(key).orElse("").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String template(String value, String headline) {
        String filled = TITLE_VARIABLE.matcher(value).replaceAll(java.util.regex.Matcher.quoteReplacement(headline));
        filled = OTHER_VARIABLE.matcher(filled).replaceAll(" ");
        return EDGE_SEPARATORS.matcher(filled.replaceAll("\\s+", " ")).replaceAll("").strip();
    }
}
