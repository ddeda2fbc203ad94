package press.masthead.importer.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;
import press.masthead.testing.Fixtures;

/** The shared WXR fixtures (see {@link Fixtures}). */
final class WxrFixtures {
    private WxrFixtures() {
    }

    static Path root() {
        return Fixtures.wxr("");
    }

    static Path file(String relative) {
        Path file = Fixtures.wxr(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The fixture " + file.toAbsolutePath() + " is not a file");
        }
        return file;
    }

    static final String THEME_UNIT_TEST = "theme-test-data/themeunittestdata.wordpress.xml";
}
