package press.masthead.feeds;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import press.masthead.content.Article;

/**
 * Feed entry ids that never change for an article: a tag URI (RFC 4151) from the site's host, the day the article
 * was created and its number, such as {@code tag:news.example.com,2026-11-28:article-42}. A new slug, headline or
 * publication date leaves the id alone, so readers update the entry instead of showing it twice.
 */
final class ArticleIds {
    private final String host;

    ArticleIds(String baseUrl) {
        String parsed = URI.create(baseUrl).getHost();
        if (parsed == null) {
            throw new IllegalArgumentException("The base URL '" + baseUrl
                    + "' has no host name, which feed entry ids need; set base-url to an address such as"
                    + " https://news.example.com/");
        }
        this.host = parsed.toLowerCase(Locale.ROOT);
    }

    String of(Article article) {
        // The creation day in UTC, not the site's zone, so changing the site's time zone cannot change an id.
        LocalDate created = LocalDate.ofInstant(article.createdAt(), ZoneOffset.UTC);
        return "tag:" + host + "," + created + ":article-" + article.id();
    }
}
