package press.masthead.seo;

/**
 * Who publishes: the site's name, home URL, language, logo (a path on the site, so its size can be read), and the
 * search URL with a {@code {search_term_string}} placeholder. The URLs are absolute.
 */
public record SiteIdentity(String name, String homeUrl, String language, String logoPath, String searchUrlTemplate) {
}
