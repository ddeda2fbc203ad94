package press.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import press.masthead.accounts.Account;
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

    public DashboardRoutes(AdminPages pages, ArticleDesk desk) {
        this.pages = pages;
        this.desk = desk;
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
        model.put("myDrafts", desk.list(me, all.withStatus(ArticleStatus.DRAFT).ownedBy(account.id(), account.authorId()),
                null, SHOWN));
        model.put("pending", desk.list(me, all.withStatus(ArticleStatus.PENDING), null, SHOWN));
        model.put("scheduled", desk.list(me, all.withStatus(ArticleStatus.SCHEDULED), null, SHOWN));
        model.put("published", desk.list(me, all.withStatus(ArticleStatus.PUBLISHED), null, SHOWN));
        model.put("statuses", ArticleStatus.values());
        pages.render(ctx, "dashboard", model);
    }
}
