package press.masthead.store;

import java.util.List;
import java.util.Optional;
import press.masthead.content.Author;
import press.masthead.content.AuthorStore;

/** Author profiles in the {@code authors} table. */
public final class JdbcAuthorStore implements AuthorStore {
    private final Database database;

    public JdbcAuthorStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Author> findById(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM authors WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Rows.author(rs)).findOne());
    }

    @Override
    public Optional<Author> findBySlug(String slug) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM authors WHERE slug = :slug")
                .bind("slug", slug).map((rs, ctx) -> Rows.author(rs)).findOne());
    }

    @Override
    public List<Author> all() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM authors ORDER BY name, id")
                .map((rs, ctx) -> Rows.author(rs)).list());
    }

    @Override
    public long insert(Author author) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO authors (slug, name, bio, avatar_url, links)
                        VALUES (:slug, :name, :bio, :avatar, :links) RETURNING id""")
                .bind("slug", author.slug()).bind("name", author.name()).bind("bio", author.bio())
                .bind("avatar", author.avatarUrl()).bind("links", Rows.encodeLinks(author.links()))
                .mapTo(Long.class).one());
    }

    @Override
    public void update(Author author) {
        database.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE authors SET slug = :slug, name = :name, bio = :bio, avatar_url = :avatar, links = :links
                        WHERE id = :id""")
                .bind("id", author.id()).bind("slug", author.slug()).bind("name", author.name())
                .bind("bio", author.bio()).bind("avatar", author.avatarUrl())
                .bind("links", Rows.encodeLinks(author.links())).execute());
    }
}
