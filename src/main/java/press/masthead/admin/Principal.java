package press.masthead.admin;

import press.masthead.accounts.Account;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Session;

/**
 * Who is making an admin request: an account, through a browser session (which carries a CSRF token) or through a
 * personal API token (which needs none: a browser never sends it by itself).
 */
public record Principal(Account account, Session session) {
    public boolean viaToken() {
        return session == null;
    }

    public boolean can(Permission permission) {
        return account.can(permission);
    }

    /** Refuses the request unless the account's role allows {@code permission}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AdminException.Forbidden("Your role (" + account.role().code() + ") may not do this.");
        }
    }

    public String csrfToken() {
        return session == null ? "" : session.csrfToken();
    }
}
