package press.masthead.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyzers the index knows, each with its own set of fields: an article's text goes into the fields of its
 * language, analyzed the way that language needs (stemming, normalization, bigrams for Chinese, Japanese and
 * Korean), and a query is analyzed once per language so that a reader need not pick one.
 */
enum TextLanguage {
    ENGLISH("en", EnglishAnalyzer::new, "en"),
    PERSIAN("fa", PersianStemmingAnalyzer::new, "fa"),
    ARABIC("ar", ArabicAnalyzer::new, "ar"),
    FRENCH("fr", FrenchAnalyzer::new, "fr"),
    GERMAN("de", GermanAnalyzer::new, "de"),
    SPANISH("es", SpanishAnalyzer::new, "es"),
    RUSSIAN("ru", RussianAnalyzer::new, "ru"),
    CJK("cjk", CJKAnalyzer::new, "zh", "ja", "ko"),
    OTHER("std", StandardAnalyzer::new);

    /** How much a match in each kind of field counts: the headline most, the body least. */
    private static final float HEADLINE_BOOST = 3f;
    private static final float STANDFIRST_BOOST = 2f;
    private static final float ABOUT_BOOST = 1.5f;
    private static final float BODY_BOOST = 1f;

    private final String key;
    private final Analyzer analyzer;
    private final List<String> languageCodes;

    TextLanguage(String key, Supplier<Analyzer> analyzer, String... languageCodes) {
        this.key = key;
        this.analyzer = analyzer.get();
        this.languageCodes = List.of(languageCodes);
    }

    /** The analyzer for a BCP 47 tag such as {@code fa} or {@code zh-Hant}; unknown languages get the standard one. */
    static TextLanguage of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        String language = dash < 0 ? tag : tag.substring(0, dash);
        for (TextLanguage candidate : values()) {
            if (candidate.languageCodes.contains(language)) {
                return candidate;
            }
        }
        return OTHER;
    }

    /** The stored key that tells which fields an indexed article fills. */
    String key() {
        return key;
    }

    static TextLanguage ofKey(String key) {
        for (TextLanguage candidate : values()) {
            if (candidate.key.equals(key)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No search language has the key '" + key + "'");
    }

    Analyzer analyzer() {
        return analyzer;
    }

    String headline() {
        return "headline_" + key;
    }

    String standfirst() {
        return "standfirst_" + key;
    }

    String body() {
        return "body_" + key;
    }

    /** Tag names and author names. */
    String about() {
        return "about_" + key;
    }

    /** This language's fields with the weight of a match in each. */
    Map<String, Float> weightedFields() {
        return Map.of(headline(), HEADLINE_BOOST, standfirst(), STANDFIRST_BOOST, about(), ABOUT_BOOST,
                body(), BODY_BOOST);
    }

    /** Analyzes every language's fields with that language's analyzer; other fields are not analyzed. */
    static Analyzer perField() {
        return PerField.ANALYZER;
    }

    /** Built on first use, once: an enum's own statics are not ready while its constants are being made. */
    private static final class PerField {
        static final Analyzer ANALYZER = build();
    }

    private static Analyzer build() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (TextLanguage language : values()) {
            for (String field : language.weightedFields().keySet()) {
                analyzers.put(field, language.analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(OTHER.analyzer, analyzers);
    }
}
