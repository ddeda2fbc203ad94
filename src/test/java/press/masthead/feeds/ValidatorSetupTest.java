package press.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The validators the feed tests trust, tried on the specifications' own examples first. */
class ValidatorSetupTest {
    @Test
    void atomSchemaAcceptsTheRfcExampleFeedAndRejectsAMalformedDate() throws IOException {
        String example = read("feeds/feedvalidator-testcases/atom/1.1/extensive-noerror.xml");
        String badDate = read("feeds/feedvalidator-testcases/atom/3.3/published_wrong_format.xml");

        assertThat(AtomSchema.errorsIn(example)).isEmpty();
        assertThat(AtomSchema.errorsIn(badDate)).isNotEmpty();
    }

    @Test
    void jsonFeedSchemaAcceptsTheSpecificationExamples() throws IOException {
        for (String name : new String[] {"simple", "microblog", "podcast"}) {
            assertThat(JsonFeedSchema.errorsIn(read("feeds/jsonfeed-examples/v1.1/" + name + ".json")))
                    .as(name).isEmpty();
        }
    }

    @Test
    void jsonFeedSchemaRejectsAnItemWithoutIdAndADateThatIsNoDate() throws IOException {
        String simple = read("feeds/jsonfeed-examples/v1.1/simple.json");
        String withoutId = simple.replaceFirst("\"id\"\\s*:", "\"identifier\":");
        String badDate = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [{"id": "1", "content_text": "x", "date_published": "yesterday"}]}""";

        assertThat(withoutId).isNotEqualTo(simple);
        assertThat(JsonFeedSchema.errorsIn(withoutId)).isNotEmpty();
        assertThat(JsonFeedSchema.errorsIn(badDate)).isNotEmpty();
    }

    private static String read(String fixture) throws IOException {
        return Files.readString(FeedFixtures.file(fixture));
    }
}
