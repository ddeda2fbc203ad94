package press.masthead.site;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import press.masthead.content.Image;
import press.masthead.content.MediaItem;
import press.masthead.content.MediaStore;
import press.masthead.content.MediaVariant;
import press.masthead.seo.ImageSizes;
import press.masthead.site.model.ImageView;

/**
 * Gives the images of a page their size and their {@code srcset}: from the media library's records, looked up for the
 * whole page in one query, and for files the library has no record of (the demo's, an import's) from their headers.
 */
final class ResponsiveImages {
    /**
     * The width a body image takes: the article column where the browser can tell it from the layout of a lazy
     * image ({@code auto}), else the text column's width on wide screens and the whole screen on narrow ones.
     */
    static final String BODY_SIZES = "auto, (min-width: 44rem) 42rem, 100vw";

    private final MediaStore media;
    private final ImageSizes sizes;

    ResponsiveImages(MediaStore media, ImageSizes sizes) {
        this.media = media;
        this.sizes = sizes;
    }

    /** What is known of the images at these URLs, in one query (none when there are no URLs). */
    Known of(Collection<String> urls) {
        if (urls.isEmpty()) {
            return new Known(Map.of());
        }
        Map<String, MediaItem> byUrl = media.findByUrls(Set.copyOf(urls)).stream()
                .collect(Collectors.toMap(MediaItem::url, Function.identity(), (first, second) -> first));
        return new Known(byUrl);
    }

    /** The URLs of the images in a body, to look up together with the page's other images. */
    static Set<String> imagesIn(String bodyHtml) {
        Set<String> urls = new LinkedHashSet<>();
        if (bodyHtml.contains("<img")) {
            for (Element image : Jsoup.parseBodyFragment(bodyHtml).select("img[src]")) {
                urls.add(image.attr("src"));
            }
        }
        return urls;
    }

    /** The images of one page, as far as they are known. */
    final class Known {
        private final Map<String, MediaItem> byUrl;

        private Known(Map<String, MediaItem> byUrl) {
            this.byUrl = byUrl;
        }

        ImageView view(Image image) {
            Optional<MediaItem> item = Optional.ofNullable(byUrl.get(image.url())).filter(MediaItem::hasSize);
            Optional<ImageSizes.Size> size = item.map(found -> new ImageSizes.Size(found.width(), found.height()))
                    .or(() -> sizes.of(image.url()));
            return new ImageView(image.url(), image.alt(), image.caption(), size.map(ImageSizes.Size::width).orElse(0),
                    size.map(ImageSizes.Size::height).orElse(0), item.map(ResponsiveImages::srcset).orElse(""));
        }

        /**
         * The body with each image's width and height (unless its author gave them) and, for library images with
         * variants, {@code srcset} and {@code sizes}; the very same text when there is nothing to add.
         */
        String body(String bodyHtml) {
            if (!bodyHtml.contains("<img")) {
                return bodyHtml;
            }
            Document document = Jsoup.parseBodyFragment(bodyHtml);
            document.outputSettings().prettyPrint(false);
            boolean changed = false;
            for (Element img : document.select("img[src]")) {
                ImageView view = view(new Image(img.attr("src"), "", ""));
                if (view.width() > 0 && !img.hasAttr("width") && !img.hasAttr("height")) {
                    img.attr("width", Integer.toString(view.width())).attr("height", Integer.toString(view.height()));
                    changed = true;
                }
                if (!view.srcset().isEmpty()) {
                    img.attr("srcset", view.srcset()).attr("sizes", BODY_SIZES);
                    changed = true;
                }
            }
            return changed ? document.body().html() : bodyHtml;
        }
    }

    /** Every variant and the original itself, each with its width: {@code /a/320w/x.jpg 320w, ..., /a/x.jpg 2000w}. */
    private static String srcset(MediaItem item) {
        if (item.variants().isEmpty()) {
            return "";
        }
        StringBuilder srcset = new StringBuilder();
        for (MediaVariant variant : item.variants()) {
            srcset.append(variant.url()).append(' ').append(variant.width()).append("w, ");
        }
        return srcset.append(item.url()).append(' ').append(item.width()).append('w').toString();
    }
}
