package press.masthead.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures, found through the {@code masthead.fixtures} system property that the build sets. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A folder or file below the fixtures' {@code wxr} folder; fails clearly when the fixtures are missing. */
    public static Path wxr(String relative) {
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
        Path path = wxr.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("The fixture " + path.toAbsolutePath() + " is missing");
        }
        return path;
    }
}
