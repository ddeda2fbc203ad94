package press.masthead.admin.taxonomy;

import io.javalin.http.Context;
import press.masthead.admin.AdminException;
import press.masthead.admin.Forms;

/** What the forms and the API send about tags and categories, read the same way for both. */
final class TaxonomyInput {
    private TaxonomyInput() {
    }

    /** A tag's name, slug (blank: keep it, or make one from the name) and description. */
    record TagInput(String name, String slug, String description) {
        static TagInput fromForm(Context ctx) {
            return new TagInput(Forms.field(ctx, "name"), Forms.field(ctx, "slug"), Forms.field(ctx, "description"));
        }
    }

    /** A category's fields; a null {@code parentId} puts it at the top of the tree. */
    record CategoryInput(String name, String slug, String description, Long parentId) {
        static CategoryInput fromForm(Context ctx) {
            return new CategoryInput(Forms.field(ctx, "name"), Forms.field(ctx, "slug"),
                    Forms.field(ctx, "description"), optionalId(Forms.field(ctx, "parentId"), "parentId"));
        }
    }

    /** Which tag or category to merge into. */
    record MergeInput(Long into) {
        long required() {
            if (into == null) {
                throw new AdminException.Invalid("into", "is required: the id of the one to merge into");
            }
            return into;
        }
    }

    /** An id typed into a form or a query; blank means none. */
    static Long optionalId(String value, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw new AdminException.Invalid(field, "'" + text + "' is not an id");
        }
        return Long.valueOf(text);
    }
}
