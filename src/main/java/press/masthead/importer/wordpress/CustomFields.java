package press.masthead.importer.wordpress;

import java.util.List;
import java.util.Set;
import press.masthead.content.CustomField;

/**
 * The custom fields of an item that are kept with the article: all but those the import turned into article
 * fields (featured image, SEO) and WordPress's editing bookkeeping, which means nothing outside WordPress.
 */
final class CustomFields {
    private static final Set<String> BOOKKEEPING = Set.of("_edit_lock", "_edit_last", "_pingme", "_encloseme",
            "_wp_trash_meta_status", "_wp_trash_meta_time", "_thumbnail_id");

    private CustomFields() {
    }

    static List<CustomField> of(WxrItem item) {
        return item.meta().stream()
                .filter(meta -> !BOOKKEEPING.contains(meta.key()) && !SeoFields.KEYS.contains(meta.key()))
                .map(meta -> new CustomField(meta.key(), meta.value()))
                .toList();
    }
}
