package press.masthead.admin.authors;

import java.util.List;
import press.masthead.accounts.AuditLog;
import press.masthead.accounts.Permission;
import press.masthead.admin.AdminException;
import press.masthead.admin.Principal;
import press.masthead.content.Author;
import press.masthead.content.Authors;

/**
 * Who may see and change which author profile, for the API and the forms alike: whoever manages users, every
 * profile; everyone else, the profile their own bylines use.
 */
public final class AuthorAdmin {
    private final Authors authors;
    private final AuditLog audit;

    public AuthorAdmin(Authors authors, AuditLog audit) {
        this.authors = authors;
        this.audit = audit;
    }

    /** The profiles the caller may edit: all of them for an admin, else their own. */
    List<Author> editable(Principal who) {
        if (who.can(Permission.MANAGE_USERS)) {
            return authors.all();
        }
        Long own = who.account().authorId();
        return own == null ? List.of() : authors.find(own).stream().toList();
    }

    Author find(Principal who, long id) {
        Long own = who.account().authorId();
        if (!who.can(Permission.MANAGE_USERS) && (own == null || own != id)) {
            throw new AdminException.Forbidden("You may edit only your own author profile.");
        }
        return authors.find(id).orElseThrow(() -> new AdminException.NotFound("There is no author with id " + id + "."));
    }

    Author update(Principal who, long id, AuthorInput input, String ip) {
        Author before = find(who, id);
        Author after = authors.update(id, input.name(), input.bio(), input.avatarUrl(), input.linkList());
        audit.record(who.account(), "author.updated", after.name() + " (" + after.slug() + ")",
                before.name().equals(after.name()) ? "" : "was " + before.name(), ip);
        return after;
    }
}
