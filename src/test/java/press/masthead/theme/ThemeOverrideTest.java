package press.masthead.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import press.masthead.app.MastheadApp;
import press.masthead.app.Settings;
import press.masthead.testing.Newsroom;
import press.masthead.testing.TempDirs;
import press.masthead.testing.TestSite;

class ThemeOverrideTest {
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileInTheSiteThemeReplacesTheBundledOneAndTheRestStays() {
        try (TestSite site = TestSite.start(app -> { }, dataDir -> {
            write(dataDir.resolve("themes/default/404.peb"), "{% extends \"layout.peb\" %}"
                    + "{% block content %}<p id=\"custom\">Nothing at {{ requestedPath }}</p>{% endblock %}");
            write(dataDir.resolve("themes/default/assets/masthead.css"), "body { color: #111; }");
        })) {
            HttpResponse<String> missing = site.get("/nothing/");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("<p id=\"custom\">Nothing at /nothing/</p>");
            assertThat(missing.body()).as("the bundled layout still frames the page").contains("<main");
            assertThat(site.get("/assets/masthead.css").body()).isEqualTo("body { color: #111; }");
            assertThat(site.get("/assets/share.js").statusCode()).as("bundled asset").isEqualTo(200);
        }
    }

    @Test
    void aBrokenTemplateStopsStartUpNamingTheFileAndLineBeforeTheSchemaIsTouched() throws SQLException {
        Path dataDir = TempDirs.create("theme-");
        write(dataDir.resolve("themes/default/article.peb"), "{% extends \"layout.peb\" %}\n\n{% block content %}\n{{ article.headline }\n{% endblock %}");
        try {
            Settings settings = TestSite.settingsFor(dataDir);
            assertThatThrownBy(() -> MastheadApp.open(settings, Clock.systemUTC()))
                    .isInstanceOf(ThemeException.class)
                    .hasMessageContaining("article.peb")
                    .hasMessageContaining("line 4");
            try (Connection database = DriverManager.getConnection(settings.databaseUrl());
                 ResultSet tables = database.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
                assertThat(tables.getInt(1)).as("tables created").isZero();
            }
        } finally {
            TempDirs.delete(dataDir);
        }
    }

    @Test
    void aTemplateFailingWhileRenderingAnswersTheThemedErrorPageWithoutATrace() {
        try (TestSite site = TestSite.start(Newsroom::seed, dataDir -> write(dataDir.resolve("themes/default/page.peb"),
                "{% extends \"layout.peb\" %}{% block content %}{% include \"partials/missing.peb\" %}{% endblock %}"))) {
            HttpResponse<String> response = site.get("/about-us/");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("<main").doesNotContain("Exception").doesNotContain("missing.peb");
        }
    }

    @Test
    void aNamedThemeIsUsedOverTheDefault() {
        Path dataDir = TempDirs.create("theme-");
        write(dataDir.resolve("themes/paper/404.peb"), "paper theme 404");
        Settings paper = TestSite.settingsFor(dataDir).withTheme("paper");
        try (MastheadApp app = MastheadApp.open(paper, Clock.systemUTC())) {
            assertThat(new String(app.renderer().notFound("/x/").body())).isEqualTo("paper theme 404");
        } finally {
            TempDirs.delete(dataDir);
        }
    }
}
