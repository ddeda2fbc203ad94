package press.masthead.site;

import java.util.Locale;
import java.util.Set;

/** Which way a language is written, for the {@code dir} attribute. */
public final class TextDirection {
    private static final Set<String> RIGHT_TO_LEFT = Set.of(
            "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab", "pa-arab", "ps", "sd", "syr", "ug", "ur", "yi");

    private TextDirection() {
    }

    /** "rtl" or "ltr" for a BCP 47 language tag such as {@code fa} or {@code ar-EG}. */
    public static String of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        if (tag.endsWith("-arab") || tag.contains("-arab-")) {
            return "rtl";
        }
        int dash = tag.indexOf('-');
        String language = dash < 0 ? tag : tag.substring(0, dash);
        return RIGHT_TO_LEFT.contains(tag) || RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }
}
