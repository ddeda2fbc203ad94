package press.masthead.admin;

import press.masthead.accounts.Account;
import press.masthead.accounts.ApiToken;
import press.masthead.accounts.ApiTokens;
import press.masthead.accounts.AuditLog;

/**
 * The logged-in person's own API tokens, made and revoked the same way from the account page and the Admin API:
 * each change goes to the audit log, and nobody reaches another account's token.
 */
final class OwnTokens {
    private final ApiTokens tokens;
    private final AuditLog audit;

    OwnTokens(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    ApiTokens.Created create(Account me, String label, String ip) {
        ApiTokens.Created created = tokens.create(me.id(), label);
        audit.record(me, "token.created", created.record().name(), "", ip);
        return created;
    }

    /** Revokes one of {@code me}'s tokens; another account's token is as good as missing. */
    void revoke(Account me, long id, String ip) {
        ApiToken token = tokens.find(id).filter(t -> t.accountId() == me.id())
                .orElseThrow(() -> new AdminException.NotFound("You have no token with id " + id + "."));
        tokens.revoke(token.id());
        audit.record(me, "token.revoked", token.name(), "", ip);
    }
}
