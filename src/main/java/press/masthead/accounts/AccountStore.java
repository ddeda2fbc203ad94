package press.masthead.accounts;

import java.util.List;
import java.util.Optional;

/** Where accounts and their recovery codes are kept. Emails are stored lower-cased. */
public interface AccountStore {
    long insert(Account account);

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String email);

    List<Account> all();

    int countWithRole(Role role);

    void updatePassword(long id, String passwordHash);

    void updateProfile(long id, String name, Role role);

    void updateTotpSecret(long id, String totpSecret);

    /** Replaces the account's recovery codes with these hashes. */
    void replaceRecoveryCodes(long id, List<String> codeHashes);

    /** Removes the recovery code with this hash; false when the account has no such unused code. */
    boolean useRecoveryCode(long id, String codeHash);

    void delete(long id);
}
