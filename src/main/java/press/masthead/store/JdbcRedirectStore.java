package press.masthead.store;

import java.util.Optional;
import press.masthead.content.RedirectStore;

/** Old paths and where they moved, in the {@code redirects} table. */
public final class JdbcRedirectStore implements RedirectStore {
    private final Database database;

    public JdbcRedirectStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> targetOf(String oldPath) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT new_path FROM redirects WHERE old_path = :path")
                .bind("path", oldPath).mapTo(String.class).findOne());
    }

    @Override
    public void put(String oldPath, String newPath) {
        database.jdbi().useTransaction(h -> {
            // A path that moves again: earlier redirects to it follow it, so no reader walks a chain of 301s.
            h.createUpdate("UPDATE redirects SET new_path = :new WHERE new_path = :old")
                    .bind("old", oldPath).bind("new", newPath).execute();
            h.createUpdate("DELETE FROM redirects WHERE old_path = :new").bind("new", newPath).execute();
            h.createUpdate("""
                            INSERT INTO redirects (old_path, new_path) VALUES (:old, :new)
                            ON CONFLICT (old_path) DO UPDATE SET new_path = excluded.new_path""")
                    .bind("old", oldPath).bind("new", newPath).execute();
        });
    }
}
