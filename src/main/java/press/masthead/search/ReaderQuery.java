package press.masthead.search;

import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a query over every language in the index. Each language reads the words with
 * its own analyzer and must match all of them in one article; an article matches when its language does. Lucene's
 * query syntax works ("exact phrase", -word, word*); text that is not valid syntax is searched as plain words.
 */
final class ReaderQuery {
    /**
     * Words past this are ignored. Each word becomes a clause per field and language, and Lucene refuses a query
     * of more than 1,024 clauses: 16 words in 4 fields of 9 languages stay below it.
     */
    static final int MAX_WORDS = 16;

    private ReaderQuery() {
    }

    /** The words with Lucene's query syntax, or as plain words when the syntax is broken. */
    static Query parse(String text, Collection<TextLanguage> languages) {
        String words = firstWords(text);
        try {
            BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
            for (TextLanguage language : languages) {
                add(anyLanguage, withSyntax(words, language));
            }
            return orNothing(anyLanguage.build());
        } catch (ParseException e) {
            return plainWords(text, languages);
        }
    }

    /** Every word as it is, none of them an operator. */
    static Query plainWords(String text, Collection<TextLanguage> languages) {
        String words = firstWords(text);
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (TextLanguage language : languages) {
            SimpleQueryParser parser = new SimpleQueryParser(language.analyzer(), language.weightedFields(), 0);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            add(anyLanguage, parser.parse(words));
        }
        return orNothing(anyLanguage.build());
    }

    private static Query withSyntax(String words, TextLanguage language) throws ParseException {
        var fields = language.weightedFields();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new),
                language.analyzer(), fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // A word that analyzes into several tokens (Chinese text as bigrams, "e-mail") must match as a phrase;
        // Lucene allows that only when the parser splits the text into words at spaces first.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser.parse(words);
    }

    /** Adds a language's query unless analysis left nothing of the words (they were all stop words there). */
    private static void add(BooleanQuery.Builder anyLanguage, Query query) {
        boolean empty = query == null || query instanceof MatchNoDocsQuery
                || (query instanceof BooleanQuery bool && bool.clauses().isEmpty());
        if (!empty) {
            anyLanguage.add(query, BooleanClause.Occur.SHOULD);
        }
    }

    private static Query orNothing(BooleanQuery query) {
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : query;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= MAX_WORDS ? text.strip() : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
}
