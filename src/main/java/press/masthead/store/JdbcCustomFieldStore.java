package press.masthead.store;

import java.util.List;
import press.masthead.content.CustomField;
import press.masthead.content.CustomFieldStore;

/** Articles' custom fields in the {@code article_custom_fields} table. */
public final class JdbcCustomFieldStore implements CustomFieldStore {
    private final Database database;

    public JdbcCustomFieldStore(Database database) {
        this.database = database;
    }

    @Override
    public List<CustomField> ofArticle(long articleId) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, value FROM article_custom_fields WHERE article_id = :id ORDER BY position")
                .bind("id", articleId)
                .map((rs, ctx) -> new CustomField(rs.getString("name"), rs.getString("value"))).list());
    }

    @Override
    public void replace(long articleId, List<CustomField> fields) {
        database.jdbi().useTransaction(h -> {
            database.dialect().lockRow(h, "articles", articleId);
            h.createUpdate("DELETE FROM article_custom_fields WHERE article_id = :id").bind("id", articleId).execute();
            if (fields.isEmpty()) {
                return;
            }
            var batch = h.prepareBatch("""
                    INSERT INTO article_custom_fields (article_id, position, name, value)
                    VALUES (:id, :position, :name, :value)""");
            for (int i = 0; i < fields.size(); i++) {
                batch.bind("id", articleId).bind("position", i).bind("name", fields.get(i).name())
                        .bind("value", fields.get(i).value()).add();
            }
            batch.execute();
        });
    }
}
