package press.masthead.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import press.masthead.importer.wordpress.ImportReport.Kind;
import press.masthead.testing.TestSite;

/** WXR 1.0, 1.1 and 1.2 all import; a missing or unknown version is read as 1.2 with a warning in the report. */
class WxrVersionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "wordpress-importer/phpunit/valid-wxr-1.0.xml, ''",
            "wordpress-importer/phpunit/valid-wxr-1.1.xml, ''",
            "wordpress-importer/phpunit/wxr-simple.xml, ''",
            "wordpress-importer/phpunit/missing-version-tag.xml, the file has no wp:wxr_version; read as WXR 1.2",
            "wordpress-importer/phpunit/invalid-version-tag.xml, 'wp:wxr_version is ''abc'', not 1.0, 1.1 or 1.2'"})
    void everyVersionImportsAndAnOddOneIsNamedInTheReport(String fixture, String warning) {
        try (TestSite site = TestSite.start()) {
            ImportReport report = site.app().wordPressImporter().run(WxrFixtures.file(fixture),
                    new ImportOptions(null, false, false));
            assertThat(Arrays.stream(Kind.values()).mapToInt(report::imported).sum()).isPositive();
            if (warning.isEmpty()) {
                assertThat(report.notes()).noneMatch(note -> note.contains("wxr_version"));
            } else {
                assertThat(report.notes()).anyMatch(note -> note.startsWith(warning));
            }
        }
    }

    @Test
    void elementsAreKnownByNamespaceNotByPrefix() {
        try (TestSite site = TestSite.start()) {
            ImportReport report = site.app().wordPressImporter().run(
                    WxrFixtures.file("wordpress-importer/phpunit/namespace-edge-cases.xml"),
                    new ImportOptions(null, false, false));
            var authors = site.app().importSite().authorStore().all().stream().map(a -> a.name()).toList();
            assertThat(authors).contains("real_user", "version_conflict").doesNotContain("fake_ns_user", "custom_user");
            assertThat(site.app().articleStore().findBySlug("hijacked-namespace")).isEmpty();
            assertThat(report.problems()).anyMatch(p -> p.entry().contains("type (none)"));
        }
    }
}
