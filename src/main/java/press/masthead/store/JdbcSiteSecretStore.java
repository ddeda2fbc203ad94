package press.masthead.store;

import press.masthead.accounts.SiteSecretStore;

/** Site secrets as rows of {@code site_secrets}; a race between nodes is settled by the primary key. */
public final class JdbcSiteSecretStore implements SiteSecretStore {
    private final Database database;

    public JdbcSiteSecretStore(Database database) {
        this.database = database;
    }

    @Override
    public String getOrCreate(String name, String candidate) {
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("INSERT INTO site_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", candidate).execute();
            return h.createQuery("SELECT value FROM site_secrets WHERE name = :name")
                    .bind("name", name).mapTo(String.class).one();
        });
    }
}
