package press.masthead.admin;

import io.javalin.http.Context;
import press.masthead.content.ArticleQuery;

/**
 * The filters of an article list as query parameters, the same for the admin's list page and the API:
 * {@code status}, {@code author}, {@code category}, {@code tag} (ids) and {@code q} (words in the headline).
 */
final class ArticleFilters {
    private ArticleFilters() {
    }

    static ArticleQuery read(Context ctx) {
        return new ArticleQuery(ArticleInput.status(ctx.queryParam("status")), id(ctx, "author"), id(ctx, "category"),
                id(ctx, "tag"), blankToNull(ctx.queryParam("q")), null, null);
    }

    private static Long id(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,18}")) {
            throw new AdminException.Invalid(name, name + " is an id (a number), not '" + value + "'.");
        }
        return Long.parseLong(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
