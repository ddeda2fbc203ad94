package press.masthead.admin.tools;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an import stands. The first pass reads the whole file to check it; only then does anything get saved. */
public enum ImportState {
    CHECKING, IMPORTING, FINISHED, REFUSED, FAILED;

    public boolean over() {
        return this == FINISHED || this == REFUSED || this == FAILED;
    }

    /** The name the Admin API and the page use. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
