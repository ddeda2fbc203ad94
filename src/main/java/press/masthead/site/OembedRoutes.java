package press.masthead.site;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import press.masthead.site.model.LinkView;
import press.masthead.web.RequestPaths;
import press.masthead.web.Routes;

/**
 * An oEmbed provider at {@code /oembed?url=...&format=json}: other sites that paste an article's URL get a card
 * (headline, standfirst, link, publisher) as plain HTML, with no script and no frame.
 */
public final class OembedRoutes implements Routes {
    static final int DEFAULT_WIDTH = 600;
    static final int MIN_WIDTH = 200;
    /** An estimate for consumers that reserve space: a headline, two lines of standfirst and the publisher. */
    static final int CARD_HEIGHT = 220;

    private final SiteRenderer renderer;

    public OembedRoutes(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/oembed", this::oembed);
    }

    private void oembed(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        if (!"json".equals(format)) {
            error(ctx, 501, "format '" + format + "' is not supported: ask for format=json");
            return;
        }
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            error(ctx, 400, "the url parameter is required: /oembed?url=ARTICLE_URL&format=json");
            return;
        }
        Integer maxWidth = dimension(ctx, "maxwidth");
        if (maxWidth == null && ctx.queryParam("maxwidth") != null) {
            return;
        }
        Optional<EmbeddableArticle> found = pathOnThisSite(url, ctx)
                .flatMap(path -> renderer.embeddable(RequestPaths.segments(path)));
        if (found.isEmpty()) {
            error(ctx, 404, "no published article of this site is at " + url);
            return;
        }
        EmbeddableArticle embed = found.get();
        int width = Math.max(MIN_WIDTH, Math.min(maxWidth == null ? DEFAULT_WIDTH : maxWidth, DEFAULT_WIDTH));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("provider_name", embed.siteName());
        answer.put("provider_url", embed.siteUrl());
        answer.put("title", embed.article().headline());
        List<LinkView> authors = embed.article().authors().stream().map(a -> new LinkView(a.name(), a.url())).toList();
        if (!authors.isEmpty()) {
            answer.put("author_name", authors.stream().map(LinkView::name).collect(Collectors.joining(", ")));
            answer.put("author_url", renderer.permalinks().absolute(authors.get(0).url()));
        }
        answer.put("html", card(embed));
        answer.put("width", width);
        answer.put("height", CARD_HEIGHT);
        answer.put("cache_age", 3600);
        if (embed.imageUrl() != null) {
            answer.put("thumbnail_url", embed.imageUrl());
            embed.imageSize().ifPresent(size -> {
                answer.put("thumbnail_width", size.width());
                answer.put("thumbnail_height", size.height());
            });
        }
        ctx.contentType("application/json; charset=utf-8").result(answer.toString());
    }

    private static String card(EmbeddableArticle embed) {
        String lang = embed.article().lang();
        StringBuilder html = new StringBuilder("<blockquote class=\"masthead-embed\" lang=\"")
                .append(Entities.escape(lang)).append("\" dir=\"").append(embed.article().dir()).append("\">")
                .append("<p><a href=\"").append(Entities.escape(embed.url())).append("\">")
                .append(Entities.escape(embed.article().headline())).append("</a></p>");
        if (!embed.article().standfirst().isEmpty()) {
            html.append("<p>").append(Entities.escape(embed.article().standfirst())).append("</p>");
        }
        return html.append("<p>— <a href=\"").append(Entities.escape(embed.siteUrl())).append("\">")
                .append(Entities.escape(embed.siteName())).append("</a></p></blockquote>").toString();
    }

    /**
     * The path of a URL on this site: its host is the base URL's or the one this request came in by (a site
     * reached under a second name is still itself).
     */
    private Optional<String> pathOnThisSite(String url, Context ctx) {
        try {
            URI uri = new URI(url.strip());
            String path = uri.getRawPath();
            String host = uri.getHost();
            if (host == null || path == null || path.isEmpty()) {
                return Optional.empty();
            }
            String baseHost = URI.create(renderer.permalinks().absolute("/")).getHost();
            String requestHost = ctx.host() == null ? "" : ctx.host().replaceFirst(":\\d+$", "");
            if (!host.equalsIgnoreCase(baseHost) && !host.equalsIgnoreCase(requestHost)) {
                return Optional.empty();
            }
            return Optional.of(path.endsWith("/") ? path : path + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private Integer dimension(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("[1-9][0-9]{0,4}")) {
            error(ctx, 400, "the " + name + " parameter '" + value + "' must be a whole number of pixels");
            return null;
        }
        return Integer.valueOf(value);
    }

    private void error(Context ctx, int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
