package press.masthead.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import press.masthead.content.Author;
import press.masthead.content.Authors;

/**
 * The rules for accounts: a valid unique email, a name, a role, a strong password, an author profile for the
 * byline, and always at least one admin.
 */
public final class Accounts {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME_LENGTH = 200;

    private final AccountStore accounts;
    private final Authors authors;
    private final Clock clock;

    public Accounts(AccountStore accounts, Authors authors, Clock clock) {
        this.accounts = accounts;
        this.authors = authors;
        this.clock = clock;
    }

    /**
     * Creates an account with its own author profile. A null password makes an account that cannot log in until
     * one is set (an imported author, for instance).
     */
    public Account create(String email, String name, Role role, String password) {
        checkNew(email, name);
        String address = normalizedEmail(email);
        String displayName = name(name);
        String hash = password == null ? null : Passwords.hash(password);
        Author author = authors.create(displayName, "", "", List.of());
        long id = accounts.insert(new Account(0, address, displayName, role, hash, author.id(), null, clock.instant()));
        return accounts.findById(id).orElseThrow();
    }

    /** Refuses, field by field, what {@link #create} would refuse about the email and the name. */
    public void checkNew(String email, String name) {
        String address = normalizedEmail(email);
        name(name);
        if (accounts.findByEmail(address).isPresent()) {
            throw new AccountException("email", "an account with " + address + " already exists");
        }
    }

    public Optional<Account> find(long id) {
        return accounts.findById(id);
    }

    public Optional<Account> findByEmail(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    public Account require(String email) {
        return findByEmail(email).orElseThrow(() -> new AccountException("email", "no account has the email " + email));
    }

    public List<Account> all() {
        return accounts.all();
    }

    public boolean hasAdmin() {
        return accounts.countWithRole(Role.ADMIN) > 0;
    }

    public void changePassword(long id, String newPassword) {
        accounts.updatePassword(id, Passwords.hash(newPassword));
    }

    /** Renames an account or changes its role; the last admin cannot stop being one. */
    public Account update(long id, String name, Role role) {
        Account before = accounts.findById(id).orElseThrow(() -> new AccountException("id", "no account has id " + id));
        if (before.role() == Role.ADMIN && role != Role.ADMIN && accounts.countWithRole(Role.ADMIN) == 1) {
            throw new AccountException("role", "this is the only admin; make another admin first");
        }
        accounts.updateProfile(id, name(name), role);
        return accounts.findById(id).orElseThrow();
    }

    /** Deletes an account; its articles keep their bylines. The last admin cannot be deleted. */
    public void delete(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("id", "no account has id " + id));
        if (account.role() == Role.ADMIN && accounts.countWithRole(Role.ADMIN) == 1) {
            throw new AccountException("id", "this is the only admin; make another admin first");
        }
        accounts.delete(id);
    }

    static String normalizedEmail(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            throw new AccountException("email", "'" + (email == null ? "" : email.strip())
                    + "' is not an email address such as name@example.org");
        }
        return address;
    }

    private static String name(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new AccountException("name", "is required: the name readers see on bylines");
        }
        if (value.length() > MAX_NAME_LENGTH) {
            throw new AccountException("name", "is " + value.length() + " characters long; at most "
                    + MAX_NAME_LENGTH + " fit");
        }
        return value;
    }
}
