package press.masthead.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import press.masthead.content.Article;
import press.masthead.output.ContentHash;
import press.masthead.site.InvalidSearchParameterException;
import press.masthead.site.Permalinks;
import press.masthead.site.SearchParameters;
import press.masthead.site.SearchResults;
import press.masthead.site.SiteRenderer;
import press.masthead.web.BadRequestException;
import press.masthead.web.Responses;
import press.masthead.web.Routes;

/**
 * The search page at {@code /search?q=} (drawn by the theme) and the same search as JSON at
 * {@code /api/v1/search?q=}. What a reader searches for is their own business: no shared cache may keep either.
 */
public final class SearchRoutes implements Routes {
    static final String API_PATH = "/api/v1/search";
    private static final String CACHE_CONTROL = "private, no-store";
    private static final String JSON = "application/json; charset=utf-8";

    private final SiteSearch search;
    private final SiteRenderer renderer;

    public SearchRoutes(SiteSearch search, SiteRenderer renderer) {
        this.search = search;
        this.renderer = renderer;
    }

    @Override
    public void register(RoutesConfig routes) {
        Handler page = this::page;
        String path = renderer.permalinks().search();
        routes.get(path, page);
        routes.head(path, page);
        routes.get(path + "/", this::withoutSlash);
        routes.get(API_PATH, this::api);
    }

    private void page(Context ctx) {
        SearchParameters parameters;
        try {
            parameters = SearchParameters.parse(ctx::queryParam);
        } catch (InvalidSearchParameterException e) {
            throw new BadRequestException(e.getMessage());
        }
        SearchResults results = search.search(parameters);
        if (parameters.page() > results.pageCount()) {
            Responses.send(ctx, renderer.notFound(ctx.req().getRequestURI() + "?" + ctx.queryString()));
            return;
        }
        Responses.send(ctx, renderer.search(parameters, results), CACHE_CONTROL);
    }

    /** {@code /search/} is the search page spelled with a slash: send the reader to the one spelling. */
    private void withoutSlash(Context ctx) {
        String query = ctx.queryString();
        String path = renderer.permalinks().search();
        ctx.header("Location", query == null || query.isEmpty() ? path : path + "?" + query);
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.status(301);
    }

    private void api(Context ctx) {
        SearchParameters parameters;
        try {
            parameters = SearchParameters.parse(ctx::queryParam);
        } catch (InvalidSearchParameterException e) {
            byte[] body = bytes(new ApiError(e.parameter(), e.getMessage()));
            ctx.header("Cache-Control", CACHE_CONTROL);
            ctx.status(400).contentType(JSON).result(body);
            return;
        }
        SearchResults results = search.search(parameters);
        Permalinks links = renderer.permalinks();
        List<ApiResult> found = results.hits().stream().map(hit -> ApiResult.of(hit, links)).toList();
        byte[] body = bytes(new ApiPage(parameters.text(), results.total(), parameters.page(), results.pageCount(),
                found));
        Responses.send(ctx, 200, body, JSON, ContentHash.etag(body), null, CACHE_CONTROL);
    }

    private byte[] bytes(Object value) {
        try {
            return ApiJson.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write search results as JSON", e);
        }
    }

    /** Made on the first API request rather than at start, where its 400 classes would cost a quarter second. */
    private static final class ApiJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The API's answer: the words searched for, how many articles match, and one page of them. */
    record ApiPage(String query, int total, int page, int pageCount, List<ApiResult> results) {
    }

    /**
     * One article in the API: its absolute URL, publication time in RFC 3339, the snippet as HTML, and the names
     * of its primary category (null when it has none), tags and authors.
     */
    record ApiResult(String url, String headline, String standfirst, String published, String snippet,
                     String category, List<String> tags, List<String> authors) {

        static ApiResult of(SearchResults.Hit hit, Permalinks links) {
            Article article = hit.article();
            return new ApiResult(links.absolute(links.article(article)), article.headline(), article.standfirst(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            article.publishedAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)),
                    hit.snippetHtml(),
                    article.primaryCategory() == null ? null : article.primaryCategory().name(),
                    article.tags().stream().map(tag -> tag.name()).toList(),
                    article.authors().stream().map(author -> author.name()).toList());
        }
    }

    /** A request the API cannot answer: which parameter is wrong and what it should be. */
    record ApiError(String parameter, String message) {
    }
}
