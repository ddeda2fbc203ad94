package press.masthead.accounts;

import java.time.Instant;

/**
 * A person who logs in to the admin. {@code authorId} is the author profile their bylines use; a null
 * {@code passwordHash} means the account cannot log in until a password is set.
 */
public record Account(long id, String email, String name, Role role, String passwordHash, Long authorId,
                      String totpSecret, Instant createdAt) {

    public boolean can(Permission permission) {
        return Permissions.allows(role, permission);
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    public boolean canLogIn() {
        return passwordHash != null;
    }

    /** The account as others may see it: no secrets. */
    @Override
    public String toString() {
        return "Account[" + id + ", " + email + ", " + role.code() + "]";
    }
}
