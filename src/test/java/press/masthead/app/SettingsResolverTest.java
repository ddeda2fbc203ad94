package press.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import press.masthead.testing.TempDirs;

class SettingsResolverTest {
    private final Path dataDir = TempDirs.create("settings-");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dataDir);
    }

    private Settings resolve(Map<String, String> env, Map<Setting, String> flags) {
        return new SettingsResolver(env).resolve(dataDir.toString(), flags);
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Settings settings = resolve(Map.of(), Map.of());
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.baseUrl()).isNull();
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + dataDir.resolve("masthead.db"));
        assertThat(settings.theme()).isEqualTo("default");
    }

    @Test
    void flagBeatsEnvironmentWhichBeatsThePropertiesFile() throws IOException {
        Files.writeString(dataDir.resolve("masthead.properties"), "port=7001\nhost=0.0.0.0\ntheme=paper\n");
        Settings fileOnly = resolve(Map.of(), Map.of());
        assertThat(fileOnly.port()).isEqualTo(7001);
        assertThat(fileOnly.host()).isEqualTo("0.0.0.0");
        Settings withEnv = resolve(Map.of("MASTHEAD_PORT", "7002"), Map.of());
        assertThat(withEnv.port()).isEqualTo(7002);
        assertThat(withEnv.theme()).isEqualTo("paper");
        Settings withFlag = resolve(Map.of("MASTHEAD_PORT", "7002"), Map.of(Setting.PORT, "7003"));
        assertThat(withFlag.port()).isEqualTo(7003);
    }

    @Test
    void baseUrlGetsATrailingSlash() {
        assertThat(resolve(Map.of("MASTHEAD_BASE_URL", "https://news.example.com"), Map.of()).baseUrl())
                .isEqualTo("https://news.example.com/");
    }

    @Test
    void badPortNamesTheSettingTheValueItsSourceAndWhatIsExpected() {
        assertThatThrownBy(() -> resolve(Map.of("MASTHEAD_PORT", "eighty"), Map.of()))
                .isInstanceOf(SettingException.class)
                .hasMessage("Setting port = \"eighty\" (from the environment variable MASTHEAD_PORT) is not valid:"
                        + " expected a whole number from 0 to 65535 (0 picks any free port).");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.PORT, "70000")))
                .hasMessageContaining("port = \"70000\" (from the flag --port)");
    }

    @Test
    void badBaseUrlHostThemeAndDatabaseUrlAreRefused() throws IOException {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.BASE_URL, "news.example.com")))
                .hasMessageContaining("base-url = \"news.example.com\"").hasMessageContaining("absolute http or https URL");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.BASE_URL, "https://example.com/news/")))
                .hasMessageContaining("sub-path");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.HOST, "local host")))
                .hasMessageContaining("host = \"local host\"");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.THEME, "../etc")))
                .hasMessageContaining("theme = \"../etc\"");
        Files.writeString(dataDir.resolve("masthead.properties"), "database-url=mysql://db\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .hasMessageContaining("database-url = \"mysql://db\" (from masthead.properties)");
    }

    @Test
    void aPostgresqlUrlSelectsPostgresqlWithItsUserAndPassword() {
        Settings settings = resolve(Map.of("MASTHEAD_DATABASE_URL", "jdbc:postgresql://db.example.com:5432/news",
                        "MASTHEAD_DATABASE_PASSWORD", "s3cret"),
                Map.of(Setting.DATABASE_USER, "masthead"));
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/news");
        assertThat(settings.databaseUser()).isEqualTo("masthead");
        assertThat(settings.databasePassword()).isEqualTo("s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(resolve(Map.of(), Map.of(Setting.DATABASE_URL,
                "jdbc:postgresql://db1:5432,db2:5432/news?user=masthead&password=s3cret")).databaseUrl())
                .endsWith("password=s3cret");
    }

    @Test
    void aPostgresqlUrlWithoutADatabaseIsRefusedWithoutRepeatingItsPassword() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(Setting.DATABASE_URL,
                "jdbc:postgresql://db.example.com/?password=s3cret")))
                .hasMessage("Setting database-url = \"jdbc:postgresql://db.example.com/?password=***\" (from the flag"
                        + " --database-url) is not valid: expected a PostgreSQL JDBC URL with a host and a database,"
                        + " such as jdbc:postgresql://db.example.com:5432/masthead.");
    }

    @Test
    void unknownSettingInThePropertiesFileIsNamed() throws IOException {
        Files.writeString(dataDir.resolve("masthead.properties"), "prot=8081\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("unknown setting 'prot'")
                .hasMessageContaining("port");
    }

    @Test
    void mediaUploadLimitIsTwentyMegabytesUnlessSetAndMustBeAtLeastOne() throws IOException {
        assertThat(resolve(Map.of(), Map.of()).mediaMaxUploadMb()).isEqualTo(20);
        Files.writeString(dataDir.resolve("masthead.properties"), "media-max-upload-mb=64\n");
        assertThat(resolve(Map.of(), Map.of()).mediaMaxUploadMb()).isEqualTo(64);
        assertThatThrownBy(() -> resolve(Map.of("MASTHEAD_MEDIA_MAX_UPLOAD_MB", "0"), Map.of()))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("media-max-upload-mb = \"0\" (from the environment variable"
                        + " MASTHEAD_MEDIA_MAX_UPLOAD_MB)")
                .hasMessageContaining("from 1 to 1024");
    }

    @Test
    void sharedMediaFolderAndTrustedProxiesAreReadAndChecked() {
        Settings defaults = resolve(Map.of(), Map.of());
        Settings shared = resolve(Map.of("MASTHEAD_MEDIA_DIR", "/srv/shared-media",
                "MASTHEAD_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.5,::1"), Map.of());

        assertThat(defaults.mediaDir()).isEqualTo(dataDir.resolve("media"));
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(shared.mediaDir()).isEqualTo(java.nio.file.Path.of("/srv/shared-media"));
        assertThat(shared.trustedProxies()).containsExactly("127.0.0.1", "10.0.0.5", "::1");
        assertThatThrownBy(() -> resolve(Map.of("MASTHEAD_TRUSTED_PROXIES", "proxy.example.com"), Map.of()))
                .hasMessageContaining("trusted-proxies").hasMessageContaining("'proxy.example.com' is not one");
    }
}
