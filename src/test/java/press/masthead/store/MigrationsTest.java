package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.content.Article;
import press.masthead.testing.TempDirs;

/** Migrations run whenever the database lacks one, and only then; moving the articles' columns keeps every value. */
class MigrationsTest {
    private final Path dataDir = TempDirs.create("migrations-");
    private final Database database = Database.open("jdbc:sqlite:" + dataDir.resolve("masthead.db"), "", "");

    @AfterEach
    void cleanUp() {
        database.close();
        TempDirs.delete(dataDir);
    }

    @Test
    void aNewDatabaseGetsEveryMigrationAndAnUpToDateOneNone() {
        int bundled = BundledMigrations.versions(database.dialect().migrationFolder()).size();

        assertThat(new Migrations(database).migrate()).isEqualTo(bundled);
        assertThat(new Migrations(database).migrate()).isZero();
    }

    @Test
    void aDatabaseMissingTheNewestMigrationsGetsThemWithItsArticlesIntact() {
        Flyway.configure().dataSource(database.dataSource())
                .locations("classpath:" + database.dialect().migrationFolder()).target("3").load().migrate();
        database.jdbi().useHandle(h -> h.execute("""
                INSERT INTO articles (id, slug, headline, standfirst, body_source, body_html, excerpt, word_count, status,
                    published_at, updated_at, created_at, language, seo_title)
                VALUES (1, 'ferry', 'Ferry pier reopens', 'After a year', 'The **pier**', '<p>The <strong>pier</strong></p>',
                    'The pier', 3, 'published', 1000, 2000, 500, 'en', 'Pier')"""));

        assertThat(new Migrations(database).migrate()).isPositive();

        Article ferry = new JdbcArticleStore(database).findById(1).orElseThrow();
        assertThat(List.of(ferry.slug(), ferry.headline(), ferry.standfirst(), ferry.bodySource(), ferry.bodyHtml(),
                ferry.excerpt(), ferry.language(), ferry.seoTitle())).containsExactly("ferry", "Ferry pier reopens",
                "After a year", "The **pier**", "<p>The <strong>pier</strong></p>", "The pier", "en", "Pier");
        assertThat(ferry.wordCount()).isEqualTo(3);
        List<String> columns = database.jdbi().withHandle(h -> h.createQuery("SELECT name FROM pragma_table_info('articles')")
                .mapTo(String.class).list());
        assertThat(columns.subList(columns.size() - 4, columns.size()))
                .containsExactly("standfirst", "excerpt", "body_html", "body_source");
    }
}
