package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import press.masthead.accounts.PreviewTokens;
import press.masthead.content.Article;
import press.masthead.content.ArticleStore;
import press.masthead.output.RenderedPage;
import press.masthead.web.Routes;

/**
 * Articles before they are public, in the public theme: {@code /admin/articles/{id}/preview} for those who may open
 * the article, and {@code /preview/{token}} for anyone holding a signed link that has not expired. Neither is ever
 * kept by the page cache or any other cache, and both ask search engines to stay away.
 */
public final class PreviewRoutes implements Routes {
    static final String PUBLIC = "/preview/";

    private final ArticleDesk desk;
    private final ArticleStore store;
    private final PreviewTokens tokens;
    private final ArticleSite site;

    public PreviewRoutes(ArticleDesk desk, ArticleStore store, PreviewTokens tokens, ArticleSite site) {
        this.desk = desk;
        this.store = store;
        this.tokens = tokens;
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.ADMIN + "/articles/{id}/preview", this::forWriter);
        routes.get(PUBLIC + "{token}", this::forLinkHolder);
    }

    private void forWriter(Context ctx) {
        Article article = desk.visible(AdminGate.principal(ctx), AdminPaths.id(ctx, "id"));
        send(ctx, site.preview().apply(article));
    }

    /** A link that is forged, expired or whose article is gone answers the same plain 404. */
    private void forLinkHolder(Context ctx) {
        Article article = tokens.verify(ctx.pathParam("token")).flatMap(store::findById).orElse(null);
        if (article == null) {
            ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow");
            ctx.status(404).contentType("text/plain; charset=utf-8")
                    .result("This preview link is not valid, or it has expired. Ask for a new one.");
            return;
        }
        send(ctx, site.preview().apply(article));
    }

    private static void send(Context ctx, RenderedPage page) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.status(page.status()).contentType(page.format().mediaType()).result(page.body());
    }
}
