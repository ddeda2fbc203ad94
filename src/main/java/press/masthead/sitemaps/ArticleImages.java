package press.masthead.sitemaps;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.masthead.content.ArticleSummary;

/**
 * The images an article shows, for the image sitemap extension: the featured image first, then every
 * {@code <img>} of the body, each once, as absolute http(s) URLs resolved against the article's own URL.
 */
final class ArticleImages {
    /** The image sitemap extension allows this many images for one page. */
    static final int MAX_PER_PAGE = 1_000;

    private ArticleImages() {
    }

    static List<String> of(ArticleSummary article, String articleUrl) {
        String featured = article.featuredImageUrl();
        boolean hasFeatured = featured != null && !featured.isBlank();
        if (!hasFeatured && article.bodyHtmlIfImages().isEmpty()) {
            return List.of();
        }
        Document body = Jsoup.parseBodyFragment(article.bodyHtmlIfImages(), articleUrl);
        if (hasFeatured) {
            // Resolved exactly as a body image is, by the same parser, against the same base.
            body.body().prependElement("img").attr("src", featured);
        }
        Set<String> urls = new LinkedHashSet<>();
        for (Element img : body.select("img[src]")) {
            String url = img.absUrl("src");
            String scheme = url.toLowerCase(Locale.ROOT);
            if ((scheme.startsWith("http://") || scheme.startsWith("https://")) && urls.size() < MAX_PER_PAGE) {
                urls.add(ascii(url));
            }
        }
        return List.copyOf(urls);
    }

    /**
     * Percent-encodes what a URL may not hold as it is (spaces, non-ASCII letters of a file name) as UTF-8, the
     * way a browser does before it asks for the image; existing escapes stay.
     */
    static String ascii(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
