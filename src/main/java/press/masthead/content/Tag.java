package press.masthead.content;

/** A free-form label; an article has any number of tags. */
public record Tag(long id, String slug, String name, String description) {
}
