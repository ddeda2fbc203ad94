package press.masthead.content;

import java.util.List;

/** Where articles' custom fields are kept, in their order. */
public interface CustomFieldStore {
    List<CustomField> ofArticle(long articleId);

    /** Replaces all of an article's custom fields. */
    void replace(long articleId, List<CustomField> fields);
}
