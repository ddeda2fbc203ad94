package press.masthead.importer.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared WXR fixtures, found through the {@code masthead.fixtures} system property that the build sets. */
final class WxrFixtures {
    private WxrFixtures() {
    }

    static Path root() {
        String property = System.getProperty("masthead.fixtures");
        if (property == null) {
            throw new IllegalStateException("The system property masthead.fixtures is not set; run the tests through"
                    + " Maven, which points it at ../shared/fixtures");
        }
        Path wxr = Path.of(property).resolve("wxr");
        if (!Files.isDirectory(wxr)) {
            throw new IllegalStateException("The WXR fixtures are missing: " + wxr.toAbsolutePath()
                    + " does not exist. Check out the shared fixtures beside this repository.");
        }
        return wxr;
    }

    static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The fixture " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }

    static final String THEME_UNIT_TEST = "theme-test-data/themeunittestdata.wordpress.xml";
}
