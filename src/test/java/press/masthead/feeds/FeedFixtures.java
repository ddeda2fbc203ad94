package press.masthead.feeds;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared third-party fixtures (schemas, sample feeds), found through the {@code masthead.fixtures} property. */
final class FeedFixtures {
    private FeedFixtures() {
    }

    static Path file(String relativePath) {
        String root = System.getProperty("masthead.fixtures");
        if (root == null) {
            throw new IllegalStateException("The system property masthead.fixtures is not set; run the tests through"
                    + " Maven, which points it at ../shared/fixtures");
        }
        Path file = Path.of(root).resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The fixture " + file + " is missing; the feed tests need the shared"
                    + " fixtures checked out beside this project (masthead.fixtures=" + root + ")");
        }
        return file;
    }
}
