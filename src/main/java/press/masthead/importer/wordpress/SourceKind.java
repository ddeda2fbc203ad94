package press.masthead.importer.wordpress;

import java.util.Locale;

/** The kinds of record an import remembers its source of, so that a re-import finds what it made before. */
enum SourceKind {
    AUTHOR, CATEGORY, TAG, ARTICLE, PAGE, MEDIA, COMMENT;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SourceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
