package press.masthead.admin;

import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import press.masthead.content.Article;
import press.masthead.output.RenderedPage;

/**
 * What the article admin needs from the public site, handed in by the composition root so that the admin does not
 * reach into the site's renderer: an article's public address, the site's time zone, absolute addresses, and the
 * article rendered in the public theme for a preview.
 */
public record ArticleSite(Function<Article, String> publicUrl, Supplier<ZoneId> timeZone,
                          Function<String, String> absolute, Function<Article, RenderedPage> preview) {
}
