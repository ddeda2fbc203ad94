package press.masthead.site;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a reader asked the search for, as the URL carries it: {@code /search?q=&category=&tag=&author=&year=&sort=&page=}.
 * Category, tag and author are slugs; an empty value does not filter.
 *
 * @param text the words as typed, stripped; empty shows just the form
 */
public record SearchParameters(String text, String category, String tag, String author, Integer year, Sort sort,
                               int page) {

    /** How results are ordered: best match first (the default) or newest first. */
    public enum Sort {
        RELEVANCE("relevance"),
        DATE("date");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public SearchParameters {
        text = stripped(text);
        category = stripped(category);
        tag = stripped(tag);
        author = stripped(author);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** A search for these words with no filters, first page. */
    public static SearchParameters of(String text) {
        return new SearchParameters(text, "", "", "", null, Sort.RELEVANCE, 1);
    }

    /**
     * Reads the parameters from a request's query.
     *
     * @throws InvalidSearchParameterException naming the parameter when year, sort or page cannot be understood
     */
    public static SearchParameters parse(Function<String, String> queryParameter) {
        return new SearchParameters(queryParameter.apply("q"), queryParameter.apply("category"),
                queryParameter.apply("tag"), queryParameter.apply("author"), year(queryParameter.apply("year")),
                sort(queryParameter.apply("sort")), page(queryParameter.apply("page")));
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** True when a filter or the date order is chosen. */
    public boolean isFiltered() {
        return !category.isEmpty() || !tag.isEmpty() || !author.isEmpty() || year != null || sort != Sort.RELEVANCE;
    }

    public SearchParameters withPage(int number) {
        return new SearchParameters(text, category, tag, author, year, sort, number);
    }

    /** The query as a URL writes it, in a fixed order, leaving out what is empty or the default. */
    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", text);
        query.put("category", category);
        query.put("tag", tag);
        query.put("author", author);
        query.put("year", year == null ? "" : Integer.toString(year));
        query.put("sort", sort == Sort.RELEVANCE ? "" : sort.code());
        query.put("page", page <= 1 ? "" : Integer.toString(page));
        query.values().removeIf(String::isEmpty);
        return query;
    }

    private static Integer year(String value) {
        String year = stripped(value);
        if (year.isEmpty()) {
            return null;
        }
        if (!year.matches("[0-9]{4}")) {
            throw new InvalidSearchParameterException("year", "year must be a four-digit year such as 2026, not '"
                    + year + "'");
        }
        return Integer.valueOf(year);
    }

    private static Sort sort(String value) {
        String sort = stripped(value).toLowerCase(Locale.ROOT);
        if (sort.isEmpty()) {
            return Sort.RELEVANCE;
        }
        for (Sort candidate : Sort.values()) {
            if (candidate.code().equals(sort)) {
                return candidate;
            }
        }
        throw new InvalidSearchParameterException("sort", "sort must be 'relevance' or 'date', not '" + value + "'");
    }

    private static int page(String value) {
        String page = stripped(value);
        if (page.isEmpty()) {
            return 1;
        }
        if (!page.matches("[1-9][0-9]{0,5}")) {
            throw new InvalidSearchParameterException("page", "page must be a whole number from 1 to 999999, not '"
                    + page + "'");
        }
        return Integer.parseInt(page);
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
