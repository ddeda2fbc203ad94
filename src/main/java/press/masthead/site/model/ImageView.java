package press.masthead.site.model;

/**
 * An image with its alt text (empty for decorative) and caption (may be empty), its size in pixels as shown (0 when
 * it cannot be known, as for an image on another host), and {@code srcset}: its narrower copies and itself with their
 * widths, for the browser to pick from (empty when it has no copies).
 */
public record ImageView(String url, String alt, String caption, int width, int height, String srcset) {
}
