package press.masthead.content;

/** An article or static page that shows a media file, as its featured image or in its body. */
public record MediaUse(Kind kind, long id, String title) {
    public enum Kind {
        ARTICLE("article"),
        PAGE("page");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a writer reads it in a list: {@code article “Trams return” (#12)}. */
    @Override
    public String toString() {
        return kind.label() + " “" + title + "” (#" + id + ")";
    }
}
