package press.masthead.site.model;

import java.util.List;

/**
 * What a page tells search engines and social networks, for the theme's head: Open Graph properties, Twitter card
 * names and a JSON-LD document already escaped for a {@code <script>} element.
 */
public record SeoView(List<MetaTag> openGraph, List<MetaTag> twitter, String jsonLd) {
    public SeoView {
        openGraph = List.copyOf(openGraph);
        twitter = List.copyOf(twitter);
    }

    /** One {@code <meta>}: the property (Open Graph) or name (Twitter) and its content. */
    public record MetaTag(String key, String value) {
    }
}
