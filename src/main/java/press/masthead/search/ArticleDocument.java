package press.masthead.search;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import press.masthead.content.Article;
import press.masthead.content.Author;
import press.masthead.content.Category;
import press.masthead.content.Tag;
import press.masthead.site.Permalinks;
import press.masthead.site.SearchResults;

/**
 * How an article is written into the index. The text goes into its language's fields; filters are exact terms
 * (slugs), and the publication time is both a point (for year ranges) and a doc value (for sorting by date).
 */
final class ArticleDocument {
    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String PUBLISHED = "published";
    /** The slugs of the article's categories and all their ancestors, so a parent's filter includes its children. */
    static final String CATEGORY = "category";
    static final String TAG = "tag";
    static final String AUTHOR = "author";
    /** Slug and name together, so the filters' choices come from the index without asking the database. */
    static final String TAG_CHOICE = "tag_choice";
    static final String AUTHOR_CHOICE = "author_choice";

    private static final char CHOICE_SEPARATOR = '\u001f';

    /** Stored for snippets, with offsets in the postings so the highlighter need not analyze the text again. */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private ArticleDocument() {
    }

    static Term idTerm(long articleId) {
        return new Term(ID, Long.toString(articleId));
    }

    /**
     * @param siteLanguage   the language of articles that name none
     * @param categoriesById the whole category tree, to add each category's ancestors
     */
    static Document of(Article article, String siteLanguage, Map<Long, Category> categoriesById) {
        TextLanguage language = TextLanguage.of(article.language().isEmpty() ? siteLanguage : article.language());
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, language.key(), Field.Store.YES));
        doc.add(new TextField(language.headline(), article.headline(), Field.Store.NO));
        doc.add(new Field(language.standfirst(), article.standfirst(), HIGHLIGHTED_TEXT));
        doc.add(new Field(language.body(), Jsoup.parseBodyFragment(article.bodyHtml()).text(), HIGHLIGHTED_TEXT));
        long published = article.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        for (String slug : categorySlugs(article, categoriesById)) {
            doc.add(new StringField(CATEGORY, slug, Field.Store.NO));
        }
        for (Tag tag : article.tags()) {
            doc.add(new TextField(language.about(), tag.name(), Field.Store.NO));
            doc.add(new StringField(TAG, tag.slug(), Field.Store.NO));
            doc.add(new StringField(TAG_CHOICE, choice(tag.slug(), tag.name()), Field.Store.NO));
        }
        for (Author author : article.authors()) {
            doc.add(new TextField(language.about(), author.name(), Field.Store.NO));
            doc.add(new StringField(AUTHOR, author.slug(), Field.Store.NO));
            doc.add(new StringField(AUTHOR_CHOICE, choice(author.slug(), author.name()), Field.Store.NO));
        }
        return doc;
    }

    static SearchResults.Choice choice(BytesRef term) {
        String value = term.utf8ToString();
        int separator = value.indexOf(CHOICE_SEPARATOR);
        return new SearchResults.Choice(value.substring(0, separator), value.substring(separator + 1));
    }

    private static String choice(String slug, String name) {
        return slug + CHOICE_SEPARATOR + name;
    }

    private static Set<String> categorySlugs(Article article, Map<Long, Category> categoriesById) {
        Set<String> slugs = new LinkedHashSet<>();
        for (Category category : article.categories()) {
            for (Category inLineage : Permalinks.lineage(category, categoriesById)) {
                slugs.add(inLineage.slug());
            }
        }
        return slugs;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
