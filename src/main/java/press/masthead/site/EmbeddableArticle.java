package press.masthead.site;

import java.util.Optional;
import press.masthead.seo.ImageSizes;
import press.masthead.site.model.ArticleView;

/** What another site needs to embed an article card: the article, its absolute URL, who published it, its image. */
public record EmbeddableArticle(ArticleView article, String url, String siteName, String siteUrl,
                                Optional<ImageSizes.Size> imageSize, String imageUrl) {
}
