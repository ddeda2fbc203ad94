package press.masthead.content;

import java.time.Instant;

/**
 * Where the next page of an admin list starts: after the article last shown, in the list's order (most recently
 * updated first). Written as {@code MILLIS.ID}, opaque to clients.
 */
public record ArticlePageCursor(Instant updatedAt, long id) {

    public String token() {
        return updatedAt.toEpochMilli() + "." + id;
    }

    /** Reads a token made by {@link #token()}; anything else is an {@link InvalidContentException} on "cursor". */
    public static ArticlePageCursor parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2 || !parts[0].matches("-?[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
            throw new InvalidContentException("cursor", "'" + token + "' is not a cursor this list gave out");
        }
        return new ArticlePageCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
    }

    public static ArticlePageCursor after(Article article) {
        return new ArticlePageCursor(article.updatedAt(), article.id());
    }
}
