package press.masthead.accounts;

/** Secrets the whole site shares, kept in the database so every node signs and checks alike. */
public interface SiteSecretStore {
    /**
     * The secret called {@code name}; the first node to ask stores {@code candidate} as it, and every later caller,
     * on any node, gets that same value back.
     */
    String getOrCreate(String name, String candidate);
}
