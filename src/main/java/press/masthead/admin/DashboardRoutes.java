package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import press.masthead.accounts.Account;
import press.masthead.content.Article;
import press.masthead.content.ArticleQuery;
import press.masthead.content.ArticleStatus;
import press.masthead.web.Routes;

/**
 * The admin's front page at {@code /admin/}: the writer's own drafts, what waits for review, what is scheduled, what
 * was published lately, and how many articles are in each status. Writers who see only their own articles see
 * only those here too.
 */
public final class DashboardRoutes implements Routes {
    private static final int SHOWN = 5;

    private final AdminPages pages;
    private final ArticleDesk desk;
    private final Supplier<ZoneId> timeZone;

    public DashboardRoutes(AdminPages pages, ArticleDesk desk, Supplier<ZoneId> timeZone) {
        this.pages = pages;
        this.desk = desk;
        this.timeZone = timeZone;
    }

    /** An article in a dashboard list, with its time of publishing as the site's time zone reads it. */
    record Item(Article article, String when) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(AdminGate.ADMIN + "/", this::dashboard);
    }

    private void dashboard(Context ctx) {
        Principal me = AdminGate.principal(ctx);
        Account account = me.account();
        ArticleQuery all = ArticleQuery.all();
        Map<String, Object> model = new HashMap<>();
        model.put("counts", desk.countByStatus(me, all));
        model.put("myDrafts", items(me, all.withStatus(ArticleStatus.DRAFT).ownedBy(account.id(), account.authorId())));
        model.put("pending", items(me, all.withStatus(ArticleStatus.PENDING)));
        model.put("scheduled", items(me, all.withStatus(ArticleStatus.SCHEDULED)));
        model.put("published", items(me, all.withStatus(ArticleStatus.PUBLISHED)));
        model.put("statuses", ArticleStatus.values());
        model.put("timeZone", timeZone.get().getId());
        pages.render(ctx, "dashboard", model);
    }

    private List<Item> items(Principal me, ArticleQuery query) {
        ZoneId zone = timeZone.get();
        return desk.list(me, query, null, SHOWN).stream()
                .map(a -> new Item(a, SiteTimes.display(a.publishedAt(), zone))).toList();
    }
}
