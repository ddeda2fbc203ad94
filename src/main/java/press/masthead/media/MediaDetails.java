package press.masthead.media;

/**
 * What a writer says about a file: its title in the library, the alt text that describes it to readers who cannot
 * see it, and its visible caption. Nulls read as empty.
 */
public record MediaDetails(String title, String alt, String caption) {
    public MediaDetails {
        title = clean(title);
        alt = clean(alt);
        caption = clean(caption);
    }

    public static MediaDetails none() {
        return new MediaDetails("", "", "");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
