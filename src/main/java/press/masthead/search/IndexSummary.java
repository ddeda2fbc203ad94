package press.masthead.search;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import press.masthead.site.SearchResults;

/**
 * What one state of the index holds, read once per searcher: the languages to query, and the choices the
 * filters offer (the most used tags, the authors, the span of years).
 *
 * @param earliest the oldest publication time, null for an empty index
 */
record IndexSummary(Set<TextLanguage> languages, List<SearchResults.Choice> tags, List<SearchResults.Choice> authors,
                    Instant earliest, Instant latest) {

    /** A site may have thousands of tags; a filter offers the ones most articles carry. */
    static final int MOST_USED_TAGS = 50;

    static IndexSummary of(IndexReader reader) throws IOException {
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        Set<TextLanguage> languages = EnumSet.noneOf(TextLanguage.class);
        for (TextLanguage language : TextLanguage.values()) {
            if (fields.fieldInfo(language.headline()) != null) {
                languages.add(language);
            }
        }
        byte[] min = PointValues.getMinPackedValue(reader, ArticleDocument.PUBLISHED);
        byte[] max = PointValues.getMaxPackedValue(reader, ArticleDocument.PUBLISHED);
        return new IndexSummary(languages,
                byName(mostUsed(reader, ArticleDocument.TAG_CHOICE, MOST_USED_TAGS)),
                byName(mostUsed(reader, ArticleDocument.AUTHOR_CHOICE, Integer.MAX_VALUE)),
                min == null ? null : Instant.ofEpochMilli(LongPoint.decodeDimension(min, 0)),
                max == null ? null : Instant.ofEpochMilli(LongPoint.decodeDimension(max, 0)));
    }

    /** The years from the newest article's back to the oldest's, in the site's time zone. */
    List<Integer> years(ZoneId zone) {
        List<Integer> years = new ArrayList<>();
        if (earliest != null) {
            for (int year = latest.atZone(zone).getYear(); year >= earliest.atZone(zone).getYear(); year--) {
                years.add(year);
            }
        }
        return years;
    }

    private static List<SearchResults.Choice> mostUsed(IndexReader reader, String field, int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return List.of();
        }
        record Counted(SearchResults.Choice choice, int articles) {
        }
        PriorityQueue<Counted> top = new PriorityQueue<>(Comparator.comparingInt(Counted::articles));
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            top.add(new Counted(ArticleDocument.choice(term), each.docFreq()));
            if (top.size() > limit) {
                top.poll();
            }
        }
        return top.stream().map(Counted::choice).toList();
    }

    private static List<SearchResults.Choice> byName(List<SearchResults.Choice> choices) {
        return choices.stream()
                .sorted(Comparator.comparing(SearchResults.Choice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
