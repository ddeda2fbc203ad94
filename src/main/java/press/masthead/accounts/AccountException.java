package press.masthead.accounts;

/** An account request that cannot be done as asked; {@code field} names what to fix. */
public class AccountException extends RuntimeException {
    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
