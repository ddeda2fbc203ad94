package press.masthead.accounts;

import java.util.Locale;

/** What an account is in the newsroom; {@link Permissions} says what each may do. */
public enum Role {
    ADMIN, EDITOR, AUTHOR, CONTRIBUTOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new AccountException("role", "'" + code + "' is not a role: choose admin, editor, author or contributor");
    }
}
