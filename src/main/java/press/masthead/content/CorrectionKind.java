package press.masthead.content;

import java.util.Locale;

/** What a note on a published article does: fixes an error, makes something clearer, or adds what happened since. */
public enum CorrectionKind {
    CORRECTION("Correction"), CLARIFICATION("Clarification"), UPDATE("Update");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CorrectionKind fromCode(String code) {
        for (CorrectionKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return kind;
            }
        }
        throw new InvalidContentException("kind", "'" + code + "' is not a kind of note: expected correction,"
                + " clarification or update");
    }
}
