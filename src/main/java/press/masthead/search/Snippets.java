package press.masthead.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A passage of each found article with the matching words marked: from the body where it matched, else from
 * the standfirst, else the body's opening. The text is HTML-escaped and only {@code <mark>} is added.
 */
final class Snippets {
    /** Characters a snippet aims for: two lines or so beside a result. */
    private static final int LENGTH = 180;
    private static final String MARK = "<mark>";

    private final UnifiedHighlighter highlighter;

    Snippets(IndexSearcher searcher) {
        this.highlighter = UnifiedHighlighter.builder(searcher, TextLanguage.perField())
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.4f))
                .build();
    }

    /** One snippet per document, in the order given; {@code languages} says which fields each one has. */
    List<String> of(Query query, int[] docIds, TextLanguage[] languages) throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        String[] snippets = new String[docIds.length];
        for (TextLanguage language : EnumSet.copyOf(Arrays.asList(languages))) {
            int[] positions = IntStream.range(0, docIds.length).filter(i -> languages[i] == language).toArray();
            int[] ids = Arrays.stream(positions).map(i -> docIds[i]).toArray();
            Map<String, String[]> byField = highlighter.highlightFields(
                    new String[] {language.body(), language.standfirst()}, query, ids, new int[] {1, 1});
            for (int j = 0; j < ids.length; j++) {
                snippets[positions[j]] = best(byField.get(language.body())[j], byField.get(language.standfirst())[j]);
            }
        }
        return Arrays.asList(snippets);
    }

    private static String best(String body, String standfirst) {
        if (body != null && body.contains(MARK)) {
            return body;
        }
        if (standfirst != null && standfirst.contains(MARK)) {
            return standfirst;
        }
        return body != null && !body.isBlank() ? body : standfirst == null ? "" : standfirst;
    }

    /** Marks matches, escapes the text, and shows with an ellipsis where the passage cuts the text short. */
    private static final class MarkFormatter extends DefaultPassageFormatter {
        MarkFormatter() {
            super(MARK, "</mark>", " … ", true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            String html = super.format(passages, content).strip();
            if (passages.length == 0 || html.isEmpty()) {
                return html;
            }
            boolean cutAtStart = passages[0].getStartOffset() > 0;
            boolean cutAtEnd = passages[passages.length - 1].getEndOffset() < content.length();
            return (cutAtStart ? "… " : "") + html + (cutAtEnd ? " …" : "");
        }
    }
}
