package press.masthead.admin.users;

import java.util.List;
import press.masthead.accounts.Account;
import press.masthead.accounts.AccountException;
import press.masthead.accounts.Accounts;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.accounts.Role;
import press.masthead.accounts.Sessions;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;

/**
 * What an admin may do with accounts, for the API and the forms alike. Only roles with
 * {@link Permission#MANAGE_USERS} get here; the site always keeps an admin, nobody deletes their own account, and
 * creations, role changes, password resets and deletions go to the audit log.
 */
public final class UserAdmin {
    private final Accounts accounts;
    private final Sessions sessions;
    private final AuditLog audit;

    public UserAdmin(Accounts accounts, Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    List<Account> all(Principal who) {
        who.require(Permission.MANAGE_USERS);
        return accounts.all();
    }

    Account find(Principal who, long id) {
        who.require(Permission.MANAGE_USERS);
        return accounts.find(id).orElseThrow(() -> new AdminException.NotFound("There is no account with id " + id + "."));
    }

    Account create(Principal who, String email, String name, String role, String password, String ip) {
        who.require(Permission.MANAGE_USERS);
        Role chosen = Role.fromCode(role);
        Account created = accounts.create(email, name, chosen, password == null ? "" : password);
        audit.record(who.account(), "account.created", created.email(), "role " + chosen.code(), ip);
        return created;
    }

    /** Renames an account or changes its role (null keeps either); the last admin stays an admin. */
    Account update(Principal who, long id, String name, String role, String ip) {
        Account before = find(who, id);
        Role chosen = role == null ? before.role() : Role.fromCode(role);
        Account after = accounts.update(id, name == null ? before.name() : name, chosen);
        if (before.role() != after.role()) {
            audit.record(who.account(), "account.role_changed", after.email(),
                    before.role().code() + " → " + after.role().code(), ip);
        }
        if (!before.name().equals(after.name())) {
            audit.record(who.account(), "account.renamed", after.email(), "was " + before.name(), ip);
        }
        return after;
    }

    /** Sets a new password and logs the account out everywhere, so whoever knew the old one is out too. */
    void resetPassword(Principal who, long id, String password, String ip) {
        Account account = find(who, id);
        accounts.changePassword(id, password == null ? "" : password);
        int ended = sessions.endAll(id);
        audit.record(who.account(), "account.password_reset", account.email(), ended + " sessions ended", ip);
    }

    /** Deletes an account; its articles keep their bylines, since the author profile stays. */
    Account delete(Principal who, long id, String ip) {
        Account account = find(who, id);
        if (account.id() == who.account().id()) {
            throw new AccountException("id", "you cannot delete your own account; another admin can");
        }
        accounts.delete(id);
        audit.record(who.account(), "account.deleted", account.email(), "was " + account.role().code(), ip);
        return account;
    }
}
