package press.masthead.content;

import java.util.Locale;

/**
 * Why a revision was kept: an explicit save, the editor's periodic autosave (each replaces the same writer's
 * autosave before it, so autosaving never floods the list), or restoring an older revision.
 */
public enum RevisionKind {
    SAVE, AUTOSAVE, RESTORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RevisionKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
