package press.masthead.site.model;

/** An image with its alt text (empty for decorative) and caption (may be empty). */
public record ImageView(String url, String alt, String caption) {
}
