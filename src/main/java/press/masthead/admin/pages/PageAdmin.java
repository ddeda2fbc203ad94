package press.masthead.admin.pages;

import java.util.List;
import java.util.function.Function;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;
import press.masthead.content.Page;
import press.masthead.content.PageDraft;
import press.masthead.content.Pages;

/**
 * What the admin may do with static pages, for the API and the forms alike: every call checks the caller's role,
 * and creating, changing and deleting a page is written to the audit log.
 */
public final class PageAdmin {
    private final Pages pages;
    private final AuditLog audit;
    private final Function<Page, String> publicUrl;

    /** @param publicUrl the absolute address a page has on the public site */
    public PageAdmin(Pages pages, AuditLog audit, Function<Page, String> publicUrl) {
        this.pages = pages;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    List<Page> all(Principal who) {
        who.require(Permission.MANAGE_PAGES);
        return pages.all();
    }

    Page find(Principal who, long id) {
        who.require(Permission.MANAGE_PAGES);
        return pages.find(id).orElseThrow(() -> new AdminException.NotFound("There is no page with id " + id + "."));
    }

    Page create(Principal who, PageDraft draft, String ip) {
        who.require(Permission.MANAGE_PAGES);
        Page page = pages.create(draft);
        audit.record(who.account(), "page.created", label(page), "", ip);
        return page;
    }

    Page update(Principal who, long id, PageDraft draft, String ip) {
        Page before = find(who, id);
        Page page = pages.update(id, draft);
        String detail = before.published() == page.published() ? "" : page.published() ? "published" : "unpublished";
        audit.record(who.account(), "page.updated", label(page), detail, ip);
        return page;
    }

    Page delete(Principal who, long id, String ip) {
        find(who, id);
        Page page = pages.delete(id);
        audit.record(who.account(), "page.deleted", label(page), "", ip);
        return page;
    }

    String publicUrl(Page page) {
        return publicUrl.apply(page);
    }

    private static String label(Page page) {
        return page.title() + " (/" + page.slug() + "/)";
    }
}
