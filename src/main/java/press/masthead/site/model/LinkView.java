package press.masthead.site.model;

/** A named link: a tag, a category, an author, a navigation item. */
public record LinkView(String name, String url) {
}
