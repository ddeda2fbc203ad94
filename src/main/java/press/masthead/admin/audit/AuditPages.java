package press.masthead.admin.audit;

import java.util.List;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;

/** The audit log a page at a time, newest first, for the API and the admin page alike. */
public final class AuditPages {
    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    public AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    record AuditPage(List<AuditEntry> entries, int page, int pageCount, int total) {
    }

    AuditPage page(Principal who, String requested) {
        who.require(Permission.VIEW_AUDIT_LOG);
        int page = pageNumber(requested);
        int total = audit.count();
        int pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page > pageCount) {
            throw new AdminException.NotFound("There is no page " + page + " of the audit log; there "
                    + (pageCount == 1 ? "is 1 page." : "are " + pageCount + " pages."));
        }
        return new AuditPage(audit.recent((page - 1) * PAGE_SIZE, PAGE_SIZE), page, pageCount, total);
    }

    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        if (!value.strip().matches("[1-9][0-9]{0,5}")) {
            throw new AdminException.Invalid("page", "'" + value + "' is not a page number (1, 2, ...)");
        }
        return Integer.parseInt(value.strip());
    }
}
