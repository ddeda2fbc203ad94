package press.masthead.content;

/** A section of the site; categories nest, and {@code parentId} is null for a top-level one. */
public record Category(long id, String slug, String name, String description, Long parentId) {
    public boolean isTopLevel() {
        return parentId == null;
    }
}
