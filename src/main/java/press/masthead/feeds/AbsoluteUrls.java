package press.masthead.feeds;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes URLs absolute. A feed reader shows an article far from the site, where a path such as
 * {@code /media/tram.jpg} or {@code #costs} would point nowhere.
 */
final class AbsoluteUrls {
    /** Every attribute holding a URL that an article body may carry (see markup.BodyPolicy). */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");

    private AbsoluteUrls() {
    }

    /** The HTML fragment with each link, image and citation resolved against the page it belongs to. */
    static String in(String html, String pageUrl) {
        Document fragment = Jsoup.parseBodyFragment(html, pageUrl);
        fragment.outputSettings().prettyPrint(false);
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : fragment.body().select("[" + attribute + "]")) {
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        return fragment.body().html();
    }

    /** One URL resolved against a base; a URL that cannot be parsed is passed on as written. */
    static String of(String url, String baseUrl) {
        try {
            return URI.create(baseUrl).resolve(url.strip()).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
