package press.masthead.content;

/** An image placed with an article: where it is, what it shows (alt text) and its visible caption. */
public record Image(String url, String alt, String caption) {
    public Image {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("An image needs a URL");
        }
        alt = alt == null ? "" : alt;
        caption = caption == null ? "" : caption;
    }
}
